-module(ord_keysort).
-export([main/1]).
%% Sorting records of mixed-type keys: keysort stability, sort/2 with a
%% custom ordering, and merging sorted lists of mixed types.
main(_) ->
    Recs = [{K, I} || {K, I} <- lists:zip([b, 1, "s", {t}, 2.0, a, [x], 1.0, b, 2], lists:seq(1, 10))],
    erlang:display(lists:keysort(1, Recs)),
    erlang:display(lists:keysort(2, lists:keysort(1, Recs))),
    erlang:display(lists:ukeysort(1, Recs)),
    erlang:display(lists:sort(fun({_, I}, {_, J}) -> I >= J end, Recs)),
    erlang:display(lists:merge(lists:sort([c, 3, {x}]), lists:sort([[], 1.5, b]))),
    erlang:display(lists:umerge([1, a, {}], [1.0, a, []])).
