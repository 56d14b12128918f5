-module(math_trig).
-export([main/1]).
%% math's trigonometric functions of integers, floats and bignums: the
%% C library's values, as erl's (its math BIFs call the same functions).
id(X) -> X.
main(_) ->
    Xs = [0, 1, -1, 2, id(0.5), -0.5, 3.141592653589793, 1.0e-300, 1.0e15,
          1 bsl 70, -(1 bsl 100), 1.5707963267948966],
    [erlang:display({F, X, math:F(id(X))}) || F <- [sin, cos, tan, atan], X <- Xs],
    [erlang:display({F, X, math:F(id(X))}) || F <- [asin, acos],
                                             X <- [0, 1, -1, 0.5, -0.25, 1.0]],
    [erlang:display({atan2, Y, X, math:atan2(id(Y), id(X))})
     || Y <- [0, 1, -1, 0.0, -0.0, 2.5], X <- [1, -1, 0, 0.0, -0.0, 1 bsl 64]],
    erlang:display(math:pi()),
    erlang:display(math:sin(math:pi())),
    erlang:display(math:cos(id(math:pi()) / 3)).
