-module(big_factorial).
-export([main/1]).
%% Factorials up to 1000!, their digit counts and trailing zeros.
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
zeros(N) -> zeros(N, 0).
zeros(N, Z) when N rem 10 =:= 0 -> zeros(N div 10, Z + 1);
zeros(_, Z) -> Z.
main(_) ->
    erlang:display([fact(N) || N <- [0, 1, 5, 10, 20, 21, 25, 30]]),
    F = fact(1000),
    erlang:display(F),
    erlang:display(length(integer_to_list(F))),
    erlang:display(zeros(F)),
    erlang:display(F div fact(998)),
    erlang:display(F rem 1000000007),
    erlang:display(lists:sum([D - $0 || D <- integer_to_list(F)])),
    erlang:display(-F < -fact(999)).
