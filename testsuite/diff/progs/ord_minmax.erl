-module(ord_minmax).
-export([main/1]).
%% erlang:min/max and lists:min/max across types; with equal numbers of
%% different types the first argument wins.
main(_) ->
    Pairs = [{1, a}, {a, 1}, {{}, []}, {"a", 'a'}, {1, 1.0}, {1.0, 1}, {[], {}}, {{a}, {a, a}}, {[z], [a, b]}],
    erlang:display([min(X, Y) || {X, Y} <- Pairs]),
    erlang:display([max(X, Y) || {X, Y} <- Pairs]),
    erlang:display(lists:max([1, a, {b}, [c], 2.0])),
    erlang:display(lists:min([1, a, {b}, [c], 2.0])),
    erlang:display(lists:max([{2, a}, {2, b}, {1, z}])),
    erlang:display(lists:min([[1, 2], [1], [0, 9, 9]])).
