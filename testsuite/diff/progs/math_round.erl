-module(math_round).
-export([main/1]).
%% math:floor/1 and ceil/1 (floats, unlike erlang's), fmod/2, erf/1 and
%% erfc/1, and pi/0 (the one function of math written in Erlang).
id(X) -> X.
main(_) ->
    Xs = [0, 1, -1, 2.5, -2.5, 0.4999999999999999, -0.0, 1.0e20, 1 bsl 70, -7],
    [erlang:display({F, X, math:F(id(X))}) || F <- [floor, ceil], X <- Xs],
    [erlang:display({fmod, X, Y, math:fmod(id(X), id(Y))})
     || {X, Y} <- [{5.5, 2}, {-5.5, 2}, {5, -3}, {1 bsl 70, 7}, {0, 3}, {-0.0, 1},
                   {7, 0.25}, {1.0e300, 3.0}]],
    [erlang:display({F, X, math:F(id(X))}) || F <- [erf, erfc],
                                             X <- [0, 0.5, -0.5, 1, 3, -3, 10, 1.0e-10]],
    erlang:display(math:pi()),
    erlang:display(is_float(math:floor(id(3)))).
