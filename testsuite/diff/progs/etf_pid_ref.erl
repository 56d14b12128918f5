-module(etf_pid_ref).
-export([main/1]).

%% Pids, ports and references: only what holds on every run for the
%% program's own (tags, sizes, the node's bytes, round trips), and the
%% exact terms of hand-written encodings of this node's identifiers.

t(F) -> try F() catch C:R -> {C, R} end.

node_() -> <<100, 0, 13, "nonode@nohost">>.

main(_) ->
    Self = self(),
    Child = spawn(fun() -> receive stop -> ok end end),
    Ref = make_ref(),
    Refs = [make_ref() || _ <- lists:seq(1, 1000)],
    [begin
         B = term_to_binary(X),
         <<131, Tag, Rest/binary>> = B,
         erlang:display({Tag, byte_size(B), binary:part(Rest, 0, 16)}),
         erlang:display(binary_to_term(B) =:= X),
         B2 = term_to_binary(X, [{minor_version, 2}]),
         erlang:display({byte_size(B2), binary:part(B2, 0, 17)}),
         erlang:display(binary_to_term(B2) =:= X)
     end || X <- [Self, Child, Ref]],
    %% NEW_PID_EXT: the node, 4 bytes of number, 4 of serial, creation 0
    <<131, 88, 100, 0, 13, "nonode@nohost", _:8/binary, Creation:32>> = term_to_binary(Self),
    erlang:display(Creation),
    <<131, 90, 0, 3, 100, 0, 13, "nonode@nohost", 0:32, N0:32, _:64>> = term_to_binary(Ref),
    erlang:display(N0 < 262144),
    erlang:display(lists:all(fun(R) -> binary_to_term(term_to_binary(R)) =:= R end, Refs)),
    erlang:display(length(lists:usort([term_to_binary(R) || R <- Refs]))),
    %% in a structure, compressed, and through a message
    S = {Self, [Ref, Child], #{Ref => Self}},
    erlang:display(binary_to_term(term_to_binary(S, [compressed])) =:= S),
    Child ! stop,
    Self ! term_to_binary(S),
    receive M -> erlang:display(binary_to_term(M) =:= S) end,
    %% this node's pids, ports and references written by hand
    N = node_(),
    P = fun(B) -> erlang:display(t(fun() -> X = binary_to_term(B), {X, term_to_binary(X)} end)) end,
    P(<<131, 88, N/binary, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0>>),
    P(<<131, 88, N/binary, 0, 0, 127, 255, 0, 0, 0, 0, 0, 0, 0, 0>>),
    P(<<131, 88, 119, 13, "nonode@nohost", 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0>>),
    P(<<131, 88, 115, 13, "nonode@nohost", 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0>>),
    P(<<131, 103, N/binary, 0, 0, 0, 5, 0, 0, 0, 0, 0>>),
    P(<<131, 89, N/binary, 0, 0, 0, 7, 0, 0, 0, 0>>),
    %% (erl's port numbers have 28 bits; beamc's on 32-bit targets 26)
    P(<<131, 89, N/binary, 3, 255, 255, 255, 0, 0, 0, 0>>),
    P(<<131, 102, N/binary, 0, 0, 0, 7, 0>>),
    P(<<131, 120, N/binary, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0>>),
    P(<<131, 90, 0, 3, N/binary, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 8, 0, 0, 0, 9>>),
    P(<<131, 90, 0, 1, N/binary, 0, 0, 0, 0, 0, 0, 0, 7>>),
    P(<<131, 90, 0, 2, N/binary, 0, 0, 0, 0, 0, 3, 255, 255, 255, 255, 255, 255>>),
    P(<<131, 114, 0, 3, N/binary, 0, 0, 0, 0, 7, 0, 0, 0, 8, 0, 0, 0, 9>>),
    P(<<131, 101, N/binary, 0, 3, 255, 255, 0>>),
    %% pids with a serial come back as the same bytes
    [begin
         B = <<131, 88, N/binary, 0, 0, 0, 5, Ser:32, 0, 0, 0, 0>>,
         erlang:display(t(fun() -> term_to_binary(binary_to_term(B)) =:= B end))
     end || Ser <- [1, 2, 100, 8191]],
    erlang:display(binary_to_term(<<131, 88, N/binary, 0, 0, 0, 5, 0, 0, 0, 1, 0, 0, 0, 0>>) =/=
                       binary_to_term(<<131, 88, N/binary, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0>>)),
    %% out of range: numbers, serials, reference counts, the first number
    %% of a reference, and a node that is not an atom
    [P(B) || B <- [<<131, 88, N/binary, 0, 0, 128, 0, 0, 0, 0, 0, 0, 0, 0, 0>>,
                   <<131, 88, N/binary, 0, 0, 0, 5, 0, 0, 32, 0, 0, 0, 0, 0>>,
                   <<131, 103, N/binary, 0, 0, 128, 0, 0, 0, 0, 0, 0>>,
                   <<131, 89, N/binary, 16, 0, 0, 0, 0, 0, 0, 0>>,
                   <<131, 89, N/binary, 255, 255, 255, 255, 0, 0, 0, 0>>,
                   <<131, 120, N/binary, 0, 0, 0, 1, 0, 0, 0, 7, 0, 0, 0, 0>>,
                   <<131, 90, 0, 0, N/binary, 0, 0, 0, 0>>,
                   <<131, 90, 0, 4, N/binary, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 8, 0, 0, 0, 9, 0, 0, 0, 10>>,
                   <<131, 90, 0, 3, N/binary, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>,
                   <<131, 101, N/binary, 0, 4, 0, 0, 0>>,
                   <<131, 88, 97, 1, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0>>,
                   <<131, 88, 106, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0>>,
                   <<131, 88, N/binary, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0>>,
                   <<131, 90, 0, 3, N/binary, 0, 0, 0, 0, 0, 0, 0, 7>>]],
    ok.
