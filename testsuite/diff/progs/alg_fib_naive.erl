-module(alg_fib_naive).
-export([main/1]).
%% Doubly recursive Fibonacci (lots of calls), memoised with the process
%% dictionary, and with a list of pairs.
fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
mfib(N) when N < 2 -> N;
mfib(N) -> case get({fib, N}) of
               undefined -> V = mfib(N - 1) + mfib(N - 2), put({fib, N}, V), V;
               V -> V
           end.
main(_) ->
    erlang:display([fib(N) || N <- lists:seq(0, 15)]),
    erlang:display(fib(27)),
    erlang:display(mfib(300)),
    erlang:display(length(get())).
