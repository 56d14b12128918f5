-module(map_keys).
-export([main/1]).
%% maps:keys/values/to_list/from_list, with keys of mixed types (sorted
%% before printing where order is unspecified).
main(_) ->
    M = maps:from_list([{b, 2}, {a, 1}, {c, 3}, {a, 10}]),
    erlang:display(M),
    erlang:display(lists:sort(maps:keys(M))),
    erlang:display(lists:sort(maps:values(M))),
    erlang:display(lists:sort(maps:to_list(M))),
    Mixed = maps:from_list([{X, I} || {I, X} <- lists:zip(lists:seq(1, 6), [z, 1, "s", {t}, 2.5, [x]])]),
    erlang:display(lists:sort(maps:to_list(Mixed))),
    erlang:display(maps:from_list([])),
    erlang:display(map_size(maps:from_list([{K, K} || K <- lists:seq(1, 1000)]))),
    Big = maps:from_list([{K, K * K} || K <- lists:seq(1, 100)]),
    erlang:display(lists:sum(maps:values(Big))),
    erlang:display(lists:sublist(lists:sort(maps:to_list(Big)), 3)).
