-module(grd_compare).
-export([main/1]).
%% Comparison guards with mixed types: == vs =:= selects different clauses
%% for 1 and 1.0; term-order comparisons against atoms and lists.
eq(X) when X =:= 1 -> exact_one;
eq(X) when X == 1 -> equal_one;
eq(_) -> other.
rank(X) when X < a -> number;
rank(X) when X < {} -> atom;
rank(X) when X < [] -> tuple;
rank(_) -> list.
main(_) ->
    erlang:display([eq(X) || X <- [1, 1.0, 2, one]]),
    erlang:display([rank(X) || X <- [1, 1.0e300, a, zzz, {}, {a, b}, [], "x"]]),
    erlang:display([X || X <- [3, 1.0, a, 2, "b", {c}], X > 1, X < z]).
