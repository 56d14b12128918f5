-module(math_hyper).
-export([main/1]).
%% math's hyperbolic functions and their inverses.
id(X) -> X.
main(_) ->
    Xs = [0, 1, -1, 0.5, -2.25, 10, 100, 1.0e-10, -0.0],
    [erlang:display({F, X, math:F(id(X))}) || F <- [sinh, cosh, tanh, asinh], X <- Xs],
    [erlang:display({acosh, X, math:acosh(id(X))}) || X <- [1, 1.5, 10, 1 bsl 80, 1.0e300]],
    [erlang:display({atanh, X, math:atanh(id(X))}) || X <- [0, 0.5, -0.5, 0.999999, -0.0]],
    erlang:display(math:tanh(id(1000))),
    erlang:display(math:sinh(id(710))).
