-module(flt_series).
-export([main/1]).
%% Iterative float computations: harmonic sums, Leibniz pi, e by series,
%% and a square root by Newton's method (no math module).
harmonic(N) -> lists:foldl(fun(K, S) -> S + 1 / K end, 0.0, lists:seq(1, N)).
leibniz(N) -> 4 * lists:foldl(fun(K, S) -> S + sign(K) / (2 * K + 1) end, 0.0, lists:seq(0, N)).
sign(K) when K rem 2 =:= 0 -> 1.0;
sign(_) -> -1.0.
e_series(0, _, Sum) -> Sum;
e_series(N, Term, Sum) -> e_series(N - 1, Term / (21 - N), Sum + Term).
sqrt(X) -> sqrt(X, X / 2, 0).
sqrt(_, G, 60) -> G;
sqrt(X, G, I) -> sqrt(X, (G + X / G) / 2, I + 1).
main(_) ->
    erlang:display(float_to_list(harmonic(1000))),
    erlang:display(float_to_list(harmonic(100000))),
    erlang:display(float_to_list(leibniz(100000))),
    erlang:display(float_to_list(e_series(20, 1.0, 0.0))),
    erlang:display([float_to_list(sqrt(X), [short]) || X <- [2.0, 3.0, 10.0, 1.0e10, 0.5]]),
    erlang:display(sqrt(2.0) * sqrt(2.0)),
    erlang:display(float_to_list(sqrt(2.0) * sqrt(2.0), [short])).
