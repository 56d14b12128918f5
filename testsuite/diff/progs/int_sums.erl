-module(int_sums).
-export([main/1]).
%% Sums and series in integers: triangular numbers, sums of squares,
%% lists:sum over long lists, perfect numbers.
main(_) ->
    erlang:display(lists:sum(lists:seq(1, 1000000))),
    erlang:display(lists:sum([X * X || X <- lists:seq(1, 100000)])),
    erlang:display(lists:sum([X * X * X * X * X || X <- lists:seq(1, 10000)])),
    erlang:display(lists:sum(lists:seq(-500, 499))),
    erlang:display([N || N <- lists:seq(2, 10000), divsum(N) =:= N]),
    erlang:display([{A, B} || A <- lists:seq(2, 3000), B <- [divsum(A)], B > A, divsum(B) =:= A]),
    erlang:display(lists:foldl(fun(X, Acc) -> Acc * 3 + X end, 0, lists:seq(1, 60))).
divsum(N) -> lists:sum([D || D <- lists:seq(1, N div 2), N rem D =:= 0]).
