-module(map_iter).
-export([main/1]).
%% maps:iterator/next (the iterator terms themselves, for small maps),
%% fold/foreach/filtermap/map over maps and iterators, and the BIFs
%% take, remove, find, from_keys, values, merge on small maps.
id(X) -> X.
walk(I, Acc) ->
    case maps:next(I) of
        none -> lists:reverse(Acc);
        {K, V, I2} -> walk(I2, [{K, V} | Acc])
    end.
main(_) ->
    M = id(#{c => 3, a => 1, b => 2}),
    I0 = maps:iterator(M),
    erlang:display(I0),
    {K1, V1, I1} = maps:next(I0),
    erlang:display({K1, V1, I1}),
    erlang:display(maps:next(I1)),
    erlang:display(walk(maps:iterator(M), [])),
    erlang:display(maps:next(maps:iterator(id(#{})))),
    erlang:display(maps:next(none)),
    erlang:display(walk(maps:iterator(maps:from_list([{I, I * I} || I <- lists:seq(1, 20)])), [])),
    erlang:display(maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M)),
    erlang:display(maps:fold(fun(_, V, Acc) -> V + Acc end, 0, maps:iterator(M))),
    maps:foreach(fun(K, V) -> erlang:display({each, K, V}) end, M),
    erlang:display(maps:filtermap(fun(a, _) -> false; (_, V) -> {true, V * 100} end, M)),
    erlang:display(maps:map(fun(K, V) -> {K, V} end, maps:iterator(M))),
    erlang:display(maps:take(b, M)),
    erlang:display(maps:take(z, M)),
    erlang:display(maps:remove(a, maps:remove(b, maps:remove(c, M)))),
    erlang:display(maps:find(c, M)),
    erlang:display(maps:from_keys([x, y, x, z], 0)),
    erlang:display(maps:from_keys([], 0)),
    erlang:display(maps:values(M)),
    erlang:display(maps:merge(M, #{})),
    erlang:display(maps:merge(#{}, M)),
    erlang:display(maps:merge(M, #{b => two, d => 4})),
    erlang:display(maps:merge(#{b => two}, M)),
    erlang:display(maps:to_list(id(#{}))),
    erlang:display(maps:size(M)),
    erlang:display(maps:new()),
    erlang:display(maps:get(zz, M, default)),
    erlang:display(maps:with([a, c], M)),
    erlang:display(maps:without([a, c], M)),
    erlang:display(maps:intersect(M, #{a => x, q => y})),
    erlang:display(maps:merge_with(fun(_, X, Y) -> X + Y end, M, #{a => 10, e => 5})),
    erlang:display(maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10))),
    erlang:display(maps:update_with(a, fun(X) -> X + 1 end, M)),
    erlang:display(maps:filter(fun(_, V) -> V > 1 end, maps:iterator(M))).
