-module(big_div).
-export([main/1]).
%% Bignum division: big by small, big by big, signs, and exact checks.
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
main(_) ->
    A = fact(200), B = fact(150) + 12345, C = -(fact(120) - 1),
    erlang:display(A div B),
    erlang:display(A rem B),
    erlang:display((A div B) * B + A rem B =:= A),
    erlang:display(A div C),
    erlang:display(A rem C),
    erlang:display(C div B),
    erlang:display(C rem B),
    erlang:display(C div 7),
    erlang:display(C rem 7),
    erlang:display(A div (1 bsl 100)),
    erlang:display(A rem (1 bsl 100)),
    erlang:display(A div A),
    erlang:display(A div (A + 1)),
    erlang:display(-A div (A + 1)),
    erlang:display(fact(1000) div fact(990)),
    erlang:display(fact(300) div (fact(150) * fact(150))).
