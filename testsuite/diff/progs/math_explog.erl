-module(math_explog).
-export([main/1]).
%% exp, log, log2, log10, pow and sqrt over integers, floats and bignums.
id(X) -> X.
main(_) ->
    [erlang:display({exp, X, math:exp(id(X))}) || X <- [0, 1, -1, 0.5, 709, -745, -1000, 1.0e-20]],
    Pos = [1, 2, 10, 0.5, 1.0e-300, 1.0e300, 1 bsl 100, 1000, 1024, 3.0],
    [erlang:display({F, X, math:F(id(X))}) || F <- [log, log2, log10, sqrt], X <- Pos],
    erlang:display(math:sqrt(id(0))),
    erlang:display(math:sqrt(id(-0.0))),
    [erlang:display({pow, X, Y, math:pow(id(X), id(Y))})
     || {X, Y} <- [{2, 10}, {2, 0.5}, {2, -1}, {-2, 3}, {-8, 3}, {0, 0}, {0.0, 5},
                   {10, 308}, {10, -320}, {1, 1 bsl 70}, {1 bsl 60, 2}, {1.5, 2.5}]],
    erlang:display(math:log(math:exp(id(2.0)))),
    erlang:display(math:pow(math:sqrt(id(2)), 2)).
