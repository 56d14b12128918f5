-module(int_gcd).
-export([main/1]).
%% Euclid's gcd and lcm over small and huge integers.
gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).
lcm(A, B) -> abs(A * B) div gcd(A, B).
main(_) ->
    erlang:display([gcd(A, B) || {A, B} <- [{12, 18}, {17, 5}, {0, 9}, {-24, 36}, {1071, 462}]]),
    erlang:display(lists:foldl(fun lcm/2, 1, lists:seq(1, 20))),
    erlang:display(lists:foldl(fun lcm/2, 1, lists:seq(1, 100))),
    F = fact(60), G = fact(45) * 7 * 11 * 13,
    erlang:display(gcd(F, G)),
    erlang:display(gcd(fib(300), fib(200))),
    erlang:display(fib(gcd(300, 200))),
    erlang:display(gcd((1 bsl 200) - 1, (1 bsl 120) - 1)),
    erlang:display((1 bsl 40) - 1).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).
