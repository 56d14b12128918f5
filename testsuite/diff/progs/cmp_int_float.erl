-module(cmp_int_float).
-export([main/1]).
%% Comparing integers with floats: == vs =:=, ordering, sorting.
id(X) -> X.
main(_) ->
    erlang:display(id(1) == id(1.0)),
    erlang:display(id(1) =:= id(1.0)),
    erlang:display(id(1) /= id(1.0)),
    erlang:display(id(1) =/= id(1.0)),
    erlang:display(id(1) < id(1.0)),
    erlang:display(id(1.0) < id(1)),
    erlang:display(id(1) =< id(1.0)),
    erlang:display(id(1) >= id(1.0)),
    erlang:display(id(0) == id(-0.0)),
    erlang:display(id(0.0) =:= id(-0.0)),
    erlang:display(id(0.0) == id(-0.0)),
    erlang:display(id(2) > id(1.5)),
    erlang:display(id(-2) < id(-1.5)),
    erlang:display(lists:sort([3, 2.0, 1, 2, 1.0, 3.0, 0.5, -1])),
    erlang:display(lists:usort([3, 2.0, 1, 2, 1.0, 3.0, 0.5, -1])),
    erlang:display(lists:sort(fun(A, B) -> A >= B end, [3, 2.0, 1, 2, 1.0])),
    erlang:display([X || X <- [1, 1.0, 2, 2.0], X == 1]),
    erlang:display([X || X <- [1, 1.0, 2, 2.0], X =:= 1]),
    erlang:display(lists:member(1.0, [1, 2, 3])),
    erlang:display(lists:keyfind(1.0, 1, [{1, int}, {1.0, float}])),
    erlang:display(lists:keyfind(1, 1, [{1.0, float}, {1, int}])).
