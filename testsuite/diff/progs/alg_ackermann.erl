-module(alg_ackermann).
-export([main/1]).
%% Ackermann's function for m = 0..3 (deep recursion, many calls).
ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).
main(_) ->
    erlang:display([ack(0, N) || N <- lists:seq(0, 5)]),
    erlang:display([ack(1, N) || N <- lists:seq(0, 5)]),
    erlang:display([ack(2, N) || N <- lists:seq(0, 10)]),
    erlang:display(ack(2, 1000)),
    erlang:display([ack(3, N) || N <- lists:seq(0, 7)]).
