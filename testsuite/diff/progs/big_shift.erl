-module(big_shift).
-export([main/1]).
%% Shifts of bignums, both directions and signs, back into small integers.
main(_) ->
    A = 16#123456789ABCDEF0123456789ABCDEF0123456789,
    erlang:display([A bsr N || N <- [0, 1, 4, 64, 100, 150, 164, 165, 200]]),
    erlang:display([(-A) bsr N || N <- [0, 1, 4, 64, 100, 150, 164, 165, 200]]),
    erlang:display([A bsl N || N <- [1, 63, 64, 65]]),
    erlang:display(A bsl -64),
    erlang:display(A bsr -4),
    erlang:display((A bsl 1000) bsr 1000 =:= A),
    erlang:display(((-A) bsl 77) bsr 77 =:= -A),
    erlang:display(bits(A, 0)),
    erlang:display(bits(1 bsl 1000, 0)).
bits(0, N) -> N;
bits(X, N) -> bits(X bsr 1, N + 1).
