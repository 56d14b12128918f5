-module(flt_conv).
-export([main/1]).
%% float/1, trunc, round, floor, ceil on positive, negative, halfway and big values.
main(_) ->
    Vals = [0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999999, 2.7, -2.7, 1.0e15 + 0.5, 123456.789],
    erlang:display([trunc(X) || X <- Vals]),
    erlang:display([round(X) || X <- Vals]),
    erlang:display([floor(X) || X <- Vals]),
    erlang:display([ceil(X) || X <- Vals]),
    erlang:display([float(X) || X <- [0, 1, -1, 123456789, 1 bsl 62, -(1 bsl 62), 1 bsl 100]]),
    erlang:display([trunc(X) || X <- [7, -7, 1 bsl 80]]),
    erlang:display([round(X) || X <- [7, -7]]),
    erlang:display([floor(X) || X <- [7, -7]]),
    erlang:display([ceil(X) || X <- [7, -7]]),
    erlang:display(trunc(1.0e20)),
    erlang:display(trunc(-1.0e20)),
    erlang:display(round(1.0e300) rem 1000000007),
    erlang:display(float(trunc(3.99))),
    erlang:display(is_float(float(3))),
    erlang:display(is_integer(trunc(3.0))).
