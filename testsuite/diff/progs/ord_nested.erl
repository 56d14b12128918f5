-module(ord_nested).
-export([main/1]).
%% Ordering of nested structures: tuples by size first, then element by
%% element; lists lexicographically, element by element, shorter first.
main(_) ->
    Tuples = [{b}, {a, z}, {a, a}, {1, 2, 3}, {0, 0, 0, 0}, {}, {a, {b, c}}, {a, {b}}, {a, [c]}, {a, 1}],
    erlang:display(lists:sort(Tuples)),
    Lists = [[a, b], [a], [], [a, b, c], [b], [a, [b]], [a, {b}], [a, 1], [[a]], [a | b], [a | c], "ab"],
    erlang:display(lists:sort(Lists)),
    Deep = [{x, [1, {2, [3]}]}, {x, [1, {2, [2]}]}, {x, [1, {2, []}]}, {x, [1, {1, [9]}]}, {x, [1]}, {x, [0, z]}],
    erlang:display(lists:sort(Deep)),
    erlang:display({1, 2} < {0, 0, 0}),
    erlang:display([9] < [1, 1]),
    erlang:display([1 | 2] < [1, 2]),
    erlang:display([1 | 2] < [1 | a]),
    erlang:display("abc" < "abd"),
    erlang:display("abc" < "ab"),
    erlang:display({a, "long string"} < {b, ""}).
