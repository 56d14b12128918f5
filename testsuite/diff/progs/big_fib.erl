-module(big_fib).
-export([main/1]).
%% Fibonacci numbers up to fib(1000) and identities between them.
fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).
main(_) ->
    erlang:display([fib(N) || N <- lists:seq(0, 20)]),
    erlang:display(fib(90)),
    erlang:display(fib(100)),
    erlang:display(fib(1000)),
    erlang:display(length(integer_to_list(fib(1000)))),
    %% Cassini: F(n-1)F(n+1) - F(n)^2 = (-1)^n
    erlang:display([fib(N - 1) * fib(N + 1) - fib(N) * fib(N) || N <- [100, 101, 500, 999]]),
    %% F(2n) = F(n) * (2F(n+1) - F(n))
    N = 500,
    erlang:display(fib(2 * N) =:= fib(N) * (2 * fib(N + 1) - fib(N))),
    erlang:display(fib(1000) rem fib(500)),
    erlang:display(fib(1001) div fib(1000)).
