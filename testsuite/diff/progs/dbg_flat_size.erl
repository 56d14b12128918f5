-module(dbg_flat_size).
-export([main/1]).
%% erts_debug:flat_size/1: erl's word counts for its term layout on a
%% 64-bit host, whatever the target: immediates and the empty tuple 0,
%% cons cells 2, tuples 1 + n, floats 2, bignums 1 + a word per 64 bits
%% (integers of 60 bits are immediates), references 3, funs 5 plus their
%% free variables, maps (up to 32 keys) 3 + n plus their keys tuple;
%% every occurrence of a shared subterm counted.
id(X) -> X.
main(_) ->
    X = id(7),
    Terms = [1, a, [], {}, {a}, {a, b}, [1], [1, 2], "abc", 1.0, id(1.5),
             (1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59), -(1 bsl 59) - 1, 1 bsl 60, 1 bsl 63,
             1 bsl 64, (1 bsl 64) - 1, 1 bsl 127, 1 bsl 128, -(1 bsl 64), 1 bsl 1000,
             1 bsl 40, -(1 bsl 30), self(), #{}, #{a => 1}, #{a => 1, b => [x, y]},
             {1.0, [2.0 | 3.0]}, [[], [[]]], {{}, {{}}}, fun lists:map/2,
             fun() -> ok end, fun(Y) -> {X, Y} end, {id(a), id("xy")},
             maps:from_list([{K, K} || K <- lists:seq(1, 32)]), make_ref(),
             lists:seq(1, 1000), [{K, float(K)} || K <- lists:seq(1, 100)]],
    [erlang:display(erts_debug:flat_size(id(T))) || T <- Terms],
    T1 = id({a, b}),
    erlang:display(erts_debug:flat_size([T1, T1, T1])),
    L = id([1, 2, 3]),
    erlang:display(erts_debug:flat_size({L, L})),
    Deep = lists:foldl(fun(_, Acc) -> {Acc} end, x, lists:seq(1, 100000)),
    erlang:display(erts_debug:flat_size(Deep)),
    Long = lists:duplicate(200000, id({1})),
    erlang:display(erts_debug:flat_size(Long)).
