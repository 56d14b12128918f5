-module(lst_misc).
-export([main/1]).
%% duplicate, flatten, max, min, sum, member, delete, subtract, concat-like
%% list operations, and lists:usort on nested data.
main(_) ->
    erlang:display(lists:duplicate(5, xy)),
    erlang:display(lists:duplicate(0, xy)),
    erlang:display(lists:flatten([1, [2, [3, [4, []]]], [[[5]]]])),
    erlang:display(lists:flatten([[a, b], [], [[c]]], [tail])),
    erlang:display(lists:flatten(["ab", [$c, "de"], []])),
    erlang:display(lists:max([3, 1, 4, 1, 5, 9, 2, 6])),
    erlang:display(lists:min([3, 1, 4, 1, 5, 9, 2, 6])),
    erlang:display(lists:sum([])),
    erlang:display(lists:sum([1, 2.5, 3])),
    erlang:display(lists:member(c, [a, b, c])),
    erlang:display(lists:member([], [a, b])),
    erlang:display(lists:delete(b, [a, b, c, b])),
    erlang:display(lists:subtract([1, 2, 3, 2], [2])),
    erlang:display(lists:concat([a, "b", 1, 2.0])),
    erlang:display(lists:usort([[b], [a], [b], [a, b], []])),
    erlang:display(lists:enumerate([x, y, z])),
    erlang:display(lists:droplast([1, 2, 3])),
    erlang:display(lists:join(sep, [a, b, c])),
    erlang:display(lists:prefix("ab", "abc")),
    erlang:display(lists:suffix("bc", "abc")),
    erlang:display(lists:splitwith(fun(C) -> C =/= $, end, "key,value")),
    erlang:display(lists:flatmap(fun(X) -> lists:duplicate(X, X) end, [1, 2, 3])),
    erlang:display(lists:filtermap(fun(X) when X > 2 -> {true, X * 10}; (X) -> X =:= 1 end, [1, 2, 3, 4])).
