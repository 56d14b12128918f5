-module(hamt_order).
-export([main/1]).
%% The orders of a large map: maps:keys, maps:values and maps:to_list
%% list the pairs in the reverse of the trie's order; maps:fold,
%% iterators, maps:map/filter/filtermap/foreach walk them in the trie's.
main(_) ->
    M = maps:from_list([{I, I * 3} || I <- lists:seq(1, 64)]),
    erlang:display(maps:keys(M)),
    erlang:display(maps:values(M)),
    erlang:display(maps:to_list(M)),
    erlang:display(maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], M)),
    erlang:display(walk(maps:next(maps:iterator(M)))),
    erlang:display(maps:map(fun(_, V) -> V + 1 end, M)),
    erlang:display(maps:filter(fun(K, _) -> K rem 3 =:= 0 end, M)),
    erlang:display(maps:filter(fun(K, _) -> K rem 2 =:= 0 end, M)),
    erlang:display(maps:filtermap(fun(K, V) when K > 10 -> {true, V * 2}; (_, _) -> false end, M)),
    maps:foreach(fun(K, _) -> put(order, [K | get_order()]) end, M),
    erlang:display(get(order)),
    erlang:display([K || {K, _} <- maps:to_list(M), K > 50]),
    erlang:display(maps:with([5, 60, 7, 1000], M)),
    erlang:display(maps:without(lists:seq(1, 20), M)),
    erlang:display(maps:keys(maps:without(lists:seq(1, 40), M))),
    erlang:display(lists:sum(maps:values(M))),
    ok.
get_order() -> case get(order) of undefined -> []; L -> L end.
walk(none) -> [];
walk({K, _, I}) -> [K | walk(maps:next(I))].
