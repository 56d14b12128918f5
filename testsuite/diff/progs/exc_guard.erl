-module(exc_guard).
-export([main/1]).
%% Exceptions inside guards never escape: the guard just fails; the same
%% expressions in a body do raise.
id(X) -> X.
g(X) when 1 / X > 0 -> positive_inverse;
g(X) when length(X) > 0 -> nonempty;
g(X) when element(2, X) =:= b -> second_is_b;
g(_) -> fallthrough.
main(_) ->
    erlang:display([g(X) || X <- [2, 0, -1, [a], [], {a, b}, {a}, atom]]),
    erlang:display(try 1 / id(0) catch error:R -> R end),
    erlang:display(try length(id(atom)) catch error:R2 -> R2 end),
    erlang:display([X || X <- [0, 1, 2], 1 / X > 0.6]).
