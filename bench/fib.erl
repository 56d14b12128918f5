%% fib.erl -- doubly recursive Fibonacci on small integers: call and
%% return, a guard, two additions per call.  Arguments: N (default 37) and
%% how many times fib(N) is computed (default 6; 1 if only N is given).
%% Checksum: the sum of the results.
-module(fib).
-export([main/1]).

main(Args) ->
    {N, Repeat} = case Args of
                      [] -> {37, 6};
                      [A] -> {list_to_integer(A), 1};
                      [A, R | _] -> {list_to_integer(A), list_to_integer(R)}
                  end,
    erlang:display(loop(Repeat, N, 0)).

loop(0, _N, Acc) -> Acc;
loop(K, N, Acc) -> loop(K - 1, N, Acc + fib(N)).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
