-module(hamt_key_kinds).
-export([main/1]).
%% Large maps keyed by every kind of term but atoms (erl hashes an atom by
%% its index in erl's atom table): the keys' order, lookups of each, and
%% keys that are =:= only to themselves (1 and 1.0, 0.0 and -0.0 are one).
keys() ->
    [0, -1, 1, 255, 256, 1 bsl 27, 1 bsl 28, 1 bsl 31, 1 bsl 32, 1 bsl 59, (1 bsl 59) - 1,
     -(1 bsl 59), -(1 bsl 59) - 1, 1 bsl 60, 1 bsl 64, 1 bsl 100, -(1 bsl 100), 12345678901234567890123,
     0.5, -0.5, 1.0, 3.14159, 1.0e300, -1.0e-300, 2.0e15,
     <<>>, <<0>>, <<"abc">>, <<"0123456789a">>, <<"0123456789ab">>, <<"0123456789abc">>,
     <<"a longer binary of more than sixty-four bytes, so that it is a refc binary">>,
     <<5:3>>, <<1, 2:4>>, [], [0], [255, 256], "abcd", "abcde", [1 | 2], [[]], [{}],
     {}, {1}, {1, 2}, {{1, 2}, [3]}, #{}, #{1 => 2}, #{<<"k">> => [1]}, {<<"b">>, 2.5}].
main(_) ->
    Ks = keys(),
    M = maps:from_list([{K, N} || {K, N} <- lists:zip(Ks, lists:seq(1, length(Ks)))]),
    erlang:display(map_size(M)),
    erlang:display(maps:keys(M)),
    erlang:display([maps:get(K, M) || K <- Ks]),
    erlang:display(M),
    erlang:display({maps:find(1.0, M), maps:find(-0.0, M), maps:find(2, M), maps:find(<<5:3>>, M)}),
    Sub = binary:part(<<"xx0123456789abyy">>, 2, 12),
    erlang:display(maps:get(Sub, M)),
    <<_:3, Odd/bitstring>> = <<0:3, 5:3>>,
    erlang:display(maps:get(Odd, M)),
    erlang:display(maps:get(lists:seq(97, 101), M)),
    ok.
