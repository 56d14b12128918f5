%% bignum.erl -- bignum arithmetic: factorials of a few thousand, built
%% by repeated multiplication of a growing bignum by a small integer, and
%% fib(10 N) by repeated bignum addition.  Argument: N (default 12000),
%% the largest factorial computed.  Checksum: the results modulo a prime
%% (bignum rem).
-module(bignum).
-export([main/1]).

-define(P, 1000000007).

main(Args) ->
    N = case Args of
            [] -> 12000;
            [A | _] -> list_to_integer(A)
        end,
    F = facts(N div 2, N, 0),
    G = fib(N * 10, 0, 1),
    erlang:display({F, G rem ?P}).

%% Computes K!, (K + 500)!, ... up to To!, folding each result mod P.
facts(K, To, Acc) when K > To -> Acc;
facts(K, To, Acc) -> facts(K + 500, To, (Acc * 31 + fact(K, 1) rem ?P) rem ?P).

fact(0, Acc) -> Acc;
fact(K, Acc) -> fact(K - 1, Acc * K).

fib(0, A, _B) -> A;
fib(K, A, B) -> fib(K - 1, B, A + B).
