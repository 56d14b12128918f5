-module(bs_append_alias).
-export([main/1]).
%% Appends whose later segments are parts of the accumulator itself: the
%% accumulator's storage grows (and may move) while the part is read.
%% Also appends of the accumulator to itself, of a prefix kept from an
%% earlier round (no longer at the written end: copied), and appends in a
%% process after the binary was sent away (shared: copied).
id(X) -> X.

pad(B) -> <<B/bitstring, 0:((8 - bit_size(B) rem 8) rem 8)>>.

show(Tag, B) -> erlang:display({Tag, bit_size(B), erlang:md5(pad(B))}).

grow(0, Acc) -> Acc;
grow(N, Acc) ->
    <<_:3, Part/bitstring>> = Acc,
    grow(N - 1, <<Acc/bitstring, Part/bitstring, N:5>>).

self_twice(0, Acc) -> Acc;
self_twice(N, Acc) -> self_twice(N - 1, <<Acc/binary, Acc/binary>>).

tail_parts(0, Acc) -> Acc;
tail_parts(N, Acc) ->
    Half = byte_size(Acc) div 2,
    <<_:Half/binary, Back/binary>> = Acc,
    tail_parts(N - 1, <<Acc/binary, Back/binary, (N band 255)>>).

main(_) ->
    Seed = id(<< <<X>> || X <- lists:seq(1, 10) >>),
    G = grow(14, Seed),
    show(grow, G),
    erlang:display(binary_part(pad(G), 0, 24)),
    S = self_twice(12, << <<X>> || <<X>> <= id(<<"abc">>) >>),
    show(self_twice, S),
    erlang:display({binary:part(S, 0, 9), binary:part(S, byte_size(S) - 3, 3)}),
    T = tail_parts(10, << <<X>> || <<X>> <= id(<<"0123456789">>) >>),
    show(tail_parts, T),
    %% a prefix kept from before: appending to it must not disturb A2
    A1 = << <<X>> || <<X>> <= id(<<"hello">>) >>,
    A2 = <<A1/binary, " world">>,
    A3 = <<A1/binary, " there">>,
    A4 = <<A2/binary, A3/binary, A2/binary>>,
    erlang:display({A1, A2, A3, A4}),
    %% bitstrings: the accumulator ends mid-byte
    B0 = << <<X:3>> || X <- lists:seq(0, 7) >>,
    B1 = <<B0/bitstring, B0/bitstring>>,
    <<_:5, P/bitstring>> = B1,
    B2 = <<B1/bitstring, P/bitstring, B0:7/bitstring>>,
    erlang:display({B0, B1, B2}),
    %% shared with another process, then appended to here and there
    Big = grow(10, Seed),
    Parent = self(),
    Pid = spawn(fun() ->
                        receive {B, From} ->
                                <<_:1, Q/bitstring>> = B,
                                From ! {self(), <<B/bitstring, Q/bitstring>>}
                        end
                end),
    Pid ! {Big, Parent},
    Mine = <<Big/bitstring, Big/bitstring>>,
    receive {Pid, Theirs} -> show(theirs, Theirs) end,
    show(mine, Mine),
    show(big, Big),
    ok.
