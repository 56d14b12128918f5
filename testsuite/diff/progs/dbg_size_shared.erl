-module(dbg_size_shared).
-export([main/1]).
%% erts_debug:size/1 against flat_size/1: size counts an object shared
%% within the term once, flat_size at every occurrence.  The sharing is
%% made at run time (the same variable in several places); a term
%% without sharing has equal sizes.
id(X) -> X.
both(T) -> {erts_debug:size(T), erts_debug:flat_size(T)}.
main(_) ->
    T = id({a, b}),
    L = id([1.0, 2.0]),
    erlang:display(both([T, T])),
    erlang:display(both({T, T, T})),
    erlang:display(both({L, L, [L | L]})),
    erlang:display(both(id({a, [1, 2, 3], "xyz", 2.5, 1 bsl 100}))),
    B = id(1 bsl 200),
    erlang:display(both([B, B, B, B])),
    F = id(3.5),
    erlang:display(both({F, F})),
    M = #{k => T, l => T},
    erlang:display(both({M, M})),
    M2 = M#{k := id(1)},
    erlang:display(both({M, M2})),
    Y = id({shared}),
    Fun = fun() -> {Y, Y} end,
    erlang:display(both({Fun, Fun, Y})),
    Chain = lists:foldl(fun(_, Acc) -> {Acc, Acc} end, leaf, lists:seq(1, 20)),
    erlang:display(both(Chain)),
    Shared = lists:foldl(fun(_, Acc) -> [T | Acc] end, [], lists:seq(1, 1000)),
    erlang:display(both(Shared)),
    erlang:display(both(id({}))),
    erlang:display(both([{}, {}])),
    erlang:display(both(id(atom))).
