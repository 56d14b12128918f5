-module(alg_tak).
-export([main/1]).
%% Takeuchi function (deep non-tail recursion with three arguments), and
%% a call counter threaded through the recursion.
tak(X, Y, Z) when Y < X -> tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.
takc(X, Y, Z, C) when Y < X ->
    {A, C1} = takc(X - 1, Y, Z, C + 1),
    {B, C2} = takc(Y - 1, Z, X, C1),
    {D, C3} = takc(Z - 1, X, Y, C2),
    takc(A, B, D, C3);
takc(_, _, Z, C) -> {Z, C + 1}.
main(_) ->
    erlang:display(tak(18, 12, 6)),
    erlang:display(tak(24, 16, 8)),
    erlang:display(takc(18, 12, 6, 0)),
    erlang:display([tak(X, Y, Z) || {X, Y, Z} <- [{3, 2, 1}, {10, 5, 0}, {12, 8, 4}, {1, 2, 3}]]).
