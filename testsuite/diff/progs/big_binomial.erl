-module(big_binomial).
-export([main/1]).
%% Binomial coefficients, Pascal's triangle and Catalan numbers.
binom(N, K) -> binom(N, K, 1, 1).
binom(_, 0, Num, Den) -> Num div Den;
binom(N, K, Num, Den) -> binom(N - 1, K - 1, Num * N, Den * K).
row(0) -> [1];
row(N) -> P = row(N - 1), lists:zipwith(fun(A, B) -> A + B end, [0 | P], P ++ [0]).
catalan(N) -> binom(2 * N, N) div (N + 1).
main(_) ->
    erlang:display(row(10)),
    erlang:display(lists:max(row(100))),
    erlang:display(binom(100, 50)),
    erlang:display(binom(1000, 500)),
    erlang:display(lists:sum(row(200)) =:= 1 bsl 200),
    erlang:display([catalan(N) || N <- lists:seq(0, 15)]),
    erlang:display(catalan(300)).
