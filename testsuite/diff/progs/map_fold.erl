-module(map_fold).
-export([main/1]).
%% maps:fold/map/filter/merge/with/without/update/update_with, with
%% results sorted or small enough to print in key order.
main(_) ->
    M = #{a => 1, b => 2, c => 3, d => 4},
    erlang:display(maps:fold(fun(_, V, Acc) -> V + Acc end, 0, M)),
    erlang:display(maps:map(fun(_, V) -> V * 10 end, M)),
    erlang:display(maps:filter(fun(_, V) -> V rem 2 =:= 0 end, M)),
    erlang:display(maps:merge(M, #{a => 100, z => 26})),
    erlang:display(maps:with([a, c, x], M)),
    erlang:display(maps:without([a, c, x], M)),
    erlang:display(maps:update(b, two, M)),
    erlang:display(maps:update_with(c, fun(V) -> V * V end, M)),
    erlang:display(maps:update_with(q, fun(V) -> V end, init, M)),
    erlang:display(try maps:update(q, 1, M) catch error:R -> R end).
