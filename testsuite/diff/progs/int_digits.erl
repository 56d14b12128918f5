-module(int_digits).
-export([main/1]).
%% Digit manipulation: digit sums, reversal, palindromes, Armstrong numbers.
digits(0) -> [0];
digits(N) -> digits(N, []).
digits(0, Acc) -> Acc;
digits(N, Acc) -> digits(N div 10, [N rem 10 | Acc]).
undigits(Ds) -> lists:foldl(fun(D, A) -> A * 10 + D end, 0, Ds).
rev(N) -> undigits(lists:reverse(digits(N))).
armstrong(N) -> Ds = digits(N), L = length(Ds),
                N =:= lists:sum([pow(D, L) || D <- Ds]).
pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
main(_) ->
    erlang:display(digits(9876543210)),
    erlang:display(lists:sum(digits(pow(2, 100)))),
    erlang:display(rev(123456789)),
    erlang:display(rev(1000)),
    erlang:display(rev(pow(3, 60))),
    erlang:display([N || N <- lists:seq(10, 200), N =:= rev(N)]),
    erlang:display([N || N <- lists:seq(1, 100000), armstrong(N)]),
    erlang:display(lychrel(196, 30)),
    erlang:display(lychrel(89, 30)).
lychrel(N, 0) -> {gave_up, N};
lychrel(N, K) -> M = N + rev(N),
                 case M =:= rev(M) of true -> {palindrome, M}; false -> lychrel(M, K - 1) end.
