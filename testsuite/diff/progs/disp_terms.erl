-module(disp_terms).
-export([main/1]).
%% erlang:display's rendering of nested terms: improper lists, empty
%% lists and tuples, quoted atoms inside structures, negative numbers.
main(_) ->
    erlang:display([[], [[]], {[]}, {{}}, [{}]]),
    erlang:display([1 | [2 | [3 | four]]]),
    erlang:display([[a | b] | c]),
    erlang:display({-1, -1.5, -(1 bsl 70)}),
    erlang:display(['A', 'b c', 'd', [], '[]', "", {''}]),
    erlang:display({"nested", ["strings", ["deep"]], [$x | "yz"]}),
    erlang:display([{k, "v"}, {"k", v}]),
    erlang:display({1, {2, {3, {4, {5, {6, {7, {8, {9, {10}}}}}}}}}}),
    erlang:display(lists:duplicate(3, lists:duplicate(3, {}))),
    erlang:display([true, false, undefined, nil, ok, error]),
    erlang:display({'\t', '\n', 'a\\b', 'q"q', 'x\'y'}).
