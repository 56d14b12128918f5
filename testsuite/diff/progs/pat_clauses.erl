-module(pat_clauses).
-export([main/1]).
%% Function clauses with literal patterns, guards, repeated variables,
%% and the order in which clauses are tried.
f(0, _) -> zero_first;
f(_, 0) -> zero_second;
f(X, X) -> same;
f(X, Y) when X > Y -> greater;
f(X, Y) when is_integer(X), is_integer(Y) -> less;
f(_, _) -> other.
g({X, X}) -> pair_same;
g({X, [X | _]}) -> head_matches;
g({_, _}) -> pair;
g([X, X, X]) -> triple;
g([_, _ | _]) -> two_or_more;
g(_) -> anything.
h(a) -> 1; h(b) -> 2; h("a") -> 3; h([a]) -> 4; h({a}) -> 5; h(1) -> 6; h(1.0) -> 7; h(_) -> 0.
main(_) ->
    erlang:display([f(X, Y) || {X, Y} <- [{0, 0}, {0, 5}, {5, 0}, {3, 3}, {3, 3.0}, {4, 3}, {3, 4}, {3, 4.0}, {a, b}]]),
    erlang:display([g(X) || X <- [{1, 1}, {1, 1.0}, {a, [a, b]}, {a, [b]}, [z, z, z], [z, z, y], [1, 2], [1], x]]),
    erlang:display([h(X) || X <- [a, b, "a", [a], {a}, 1, 1.0, 2, [97]]]).
