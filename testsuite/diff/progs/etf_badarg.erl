-module(etf_badarg).
-export([main/1]).

%% What binary_to_term refuses: not a binary, bad options, no version,
%% every prefix of an encoding, and every one-byte change of encodings
%% (outcomes compared whole: which changes decode, and to what).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

sum(B) -> lists:foldl(fun(X, A) -> (A * 31 + X) rem 1000000007 end, 0, binary_to_list(B)).

outcome(B) ->
    try binary_to_term(B) of
        X -> {ok, sum(term_to_binary(X))}
    catch error:badarg -> badarg
    end.

set(B, I, V) ->
    <<Pre:I/binary, _, Post/binary>> = B,
    <<Pre/binary, V, Post/binary>>.

main(_) ->
    Good = term_to_binary({a, 1}),
    [erlang:display(t(fun() -> binary_to_term(id(X)) end))
     || X <- [abc, "abc", 42, [131, 97, 1], <<131, 97, 1:7>>, {Good}, self()]],
    [erlang:display(t(fun() -> binary_to_term(Good, id(O)) end))
     || O <- [[], [safe], [used], [safe, used, safe], [foo], [safe | used], safe, [{used}],
              [used, "safe"], [local]]],
    [erlang:display(t(fun() -> binary_to_term(id(B)) end))
     || B <- [<<>>, <<131>>, <<0, 97, 1>>, <<130, 97, 1>>, <<132, 97, 1>>, <<255, 97, 1>>,
              <<97, 1>>, <<131, 131, 97, 1>>]],
    %% trailing bytes: ignored, and counted out by used
    erlang:display(binary_to_term(<<Good/binary, 1, 2, 3>>)),
    erlang:display(binary_to_term(<<Good/binary, 1, 2, 3>>, [used])),
    erlang:display(binary_to_term(<<Good/binary, Good/binary>>, [used])),
    %% every prefix of a rich encoding is refused
    Rich = {[1, 2 | 3], "str", <<1, 2, 3>>, <<5:3>>, #{k => [v]}, 2.5, -(1 bsl 80), 'é',
            list_to_atom([16#3B1]), {}, [], fun lists:map/2, lists:seq(300, 310)},
    RB = term_to_binary(Rich),
    erlang:display(byte_size(RB)),
    erlang:display([K || K <- lists:seq(0, byte_size(RB) - 1),
                         outcome(binary:part(RB, 0, K)) =/= badarg]),
    CB = term_to_binary(Rich, [compressed]),
    erlang:display([K || K <- lists:seq(0, byte_size(CB) - 1),
                         outcome(binary:part(CB, 0, K)) =/= badarg]),
    %% every byte of encodings set to other values: the outcomes
    Vals = [0, 1, 2, 97, 104, 106, 107, 108, 109, 110, 116, 118, 119, 200, 255],
    Terms = [Rich, {a, "bc", [d | e]}, #{1 => 2, 3.0 => {}, x => <<9:4>>}, [1.5, 1 bsl 70, -3],
             {lists:seq(1, 20), list_to_atom("long atom name here")},
             term_to_binary(abc)],
    lists:foreach(
      fun(T) ->
              B = term_to_binary(T, [{minor_version, 2}]),
              Os = [{I, V, outcome(set(B, I, V))}
                    || I <- lists:seq(0, byte_size(B) - 1), V <- Vals, V =/= binary:at(B, I)],
              Oks = [O || {_, _, {ok, _}} = O <- Os],
              erlang:display({byte_size(B), length(Os), length(Oks),
                              lists:foldl(fun({I, V, {ok, S}}, A) -> (A * 7 + I * 256 + V + S) rem 1000000007 end,
                                          0, Oks)})
      end, Terms),
    ok.
