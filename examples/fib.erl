%% fib.erl — a first native program: beamc examples/fib.erl -o fib && ./fib 30
%% Under erl: erlc examples/fib.erl && escript fib.beam 30
-module(fib).
-export([main/1]).

main(Args) ->
    N = case Args of
            [] -> 30;
            [S | _] -> list_to_integer(S)
        end,
    erlang:display({fib, N, fib(N)}),
    erlang:display({fib_big, 300, fast_fib(300)}).

%% Naive doubly recursive Fibonacci: calls and small-integer arithmetic.
fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

%% Linear Fibonacci: the integers overflow into bignums.
fast_fib(N) -> fast_fib(N, 0, 1).
fast_fib(0, A, _) -> A;
fast_fib(N, A, B) -> fast_fib(N - 1, B, A + B).
