-module(hamt_shrink).
-export([main/1]).
%% Removing every key of a large map in three orders: the trie collapses
%% as erl's (displayed at each size near the 32-key boundary) and becomes
%% a flat map at 32 keys, then empty.
drain(M, [], _) -> M;
drain(M, [K | Ks], Show) ->
    M2 = maps:remove(K, M),
    case lists:member(map_size(M2), Show) of
        true -> erlang:display({map_size(M2), M2});
        false -> ok
    end,
    drain(M2, Ks, Show).
main(_) ->
    M = maps:from_list([{I, I} || I <- lists:seq(1, 48)]),
    Show = [47, 40, 34, 33, 32, 31, 1, 0],
    erlang:display(drain(M, lists:seq(1, 48), Show)),
    erlang:display(drain(M, lists:seq(48, 1, -1), Show)),
    erlang:display(drain(M, [I || I <- lists:seq(1, 48), I rem 2 =:= 0] ++ [I || I <- lists:seq(1, 48), I rem 2 =:= 1], Show)),
    ok.
