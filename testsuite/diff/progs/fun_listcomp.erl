-module(fun_listcomp).
-export([main/1]).
%% List comprehensions: multiple generators, filters, nested
%% comprehensions, pattern generators, pythagorean triples, cartesian products.
main(_) ->
    erlang:display([{A, B, C} || C <- lists:seq(1, 30), B <- lists:seq(1, C), A <- lists:seq(1, B),
                                 A * A + B * B =:= C * C]),
    erlang:display([[X * Y || X <- lists:seq(1, 5)] || Y <- lists:seq(1, 5)]),
    erlang:display([X || X <- lists:seq(1, 50), X rem 3 =:= 0, X rem 5 =:= 0]),
    erlang:display([{K, V} || {K, V} <- [{a, 1}, b, {c, 3}, {d}], V > 1]),
    erlang:display([X || [X] <- [[1], [2, 3], [], [4]]]),
    erlang:display([lists:sum(R) || R <- [[1, 2], [], [3, 4, 5]]]),
    erlang:display(length([{X, Y} || X <- lists:seq(1, 300), Y <- lists:seq(1, 300), X < Y])),
    erlang:display([C || C <- "The Quick Brown Fox", C >= $A, C =< $Z]),
    Transpose = fun T([[] | _]) -> []; T(M) -> [[H || [H | _] <- M] | T([Tl || [_ | Tl] <- M])] end,
    erlang:display(Transpose([[1, 2, 3], [4, 5, 6], [7, 8, 9]])).
