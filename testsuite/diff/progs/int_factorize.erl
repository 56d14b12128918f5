-module(int_factorize).
-export([main/1]).
%% Prime factorisation by trial division of numbers up to ~10^18, and
%% Pollard's rho with bignum arithmetic for a 28-digit semiprime.
factor(N) -> factor(N, 2, []).
factor(1, _, Acc) -> lists:reverse(Acc);
factor(N, D, Acc) when D * D > N -> lists:reverse([N | Acc]);
factor(N, D, Acc) when N rem D =:= 0 -> factor(N div D, D, [D | Acc]);
factor(N, 2, Acc) -> factor(N, 3, Acc);
factor(N, D, Acc) -> factor(N, D + 2, Acc).
gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).
rho(N) -> rho(N, 2, 2, 1).
rho(N, X, Y, 1) ->
    X2 = (X * X + 1) rem N,
    Y1 = (Y * Y + 1) rem N, Y2 = (Y1 * Y1 + 1) rem N,
    rho(N, X2, Y2, gcd(abs(X2 - Y2), N));
rho(_, _, _, D) -> D.
main(_) ->
    erlang:display([factor(N) || N <- [2, 12, 97, 360, 1001, 65536, 999999, 600851475143]]),
    erlang:display(factor(1000003 * 998244353)),
    R1 = rho(1000000007 * 998244353),
    erlang:display(lists:sort([R1, (1000000007 * 998244353) div R1])),
    erlang:display(factor(576460752303423487)),
    P = 1000000007, Q = 1000000000000000003,
    D = rho(P * Q),
    erlang:display(lists:sort([D, (P * Q) div D])).
