-module(hamt_funs).
-export([main/1]).
%% The maps module's higher-order functions on large maps: update_with,
%% merge_with, intersect, intersect_with, groups_from_list, from_keys,
%% the results' orders and contents.
main(_) ->
    A = maps:from_list([{I, I} || I <- lists:seq(1, 60)]),
    B = maps:from_list([{I, -I} || I <- lists:seq(40, 100)]),
    erlang:display(maps:update_with(7, fun(V) -> V * 100 end, A)),
    erlang:display(maps:update_with(700, fun(V) -> V end, new, A)),
    erlang:display(maps:merge_with(fun(_K, X, Y) -> X + Y end, A, B)),
    erlang:display(maps:intersect(A, B)),
    erlang:display(maps:intersect_with(fun(K, X, Y) -> {K, X, Y} end, A, B)),
    erlang:display(maps:groups_from_list(fun(X) -> X rem 40 end, lists:seq(1, 200))),
    erlang:display(maps:from_keys(lists:seq(100, 140), zero)),
    erlang:display(maps:from_list([{I rem 50, I} || I <- lists:seq(1, 200)])),
    erlang:display(maps:keys(maps:from_keys([[I] || I <- lists:seq(1, 40)], 0))),
    erlang:display(maps:fold(fun(K, V, Acc) when K > 55 -> [{K, V} | Acc]; (_, _, Acc) -> Acc end, [], A)),
    erlang:display(next_n(maps:next(maps:iterator(B)), 5)),
    ok.
next_n(none, _) -> [];
next_n(_, 0) -> [];
next_n({K, V, I}, N) -> [{K, V} | next_n(maps:next(I), N - 1)].
