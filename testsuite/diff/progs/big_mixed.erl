-module(big_mixed).
-export([main/1]).
%% Mixing bignums with small integers and floats in arithmetic and tests.
id(X) -> X.
main(_) ->
    B = id(1 bsl 70), S = id(3), F = id(2.5),
    erlang:display(B + S),
    erlang:display(S - B),
    erlang:display(B * S),
    erlang:display(B * F),
    erlang:display(B / S),
    erlang:display(B + F),
    erlang:display(float(B)),
    erlang:display(B > F),
    erlang:display(B == float(B)),
    erlang:display(B =:= float(B)),
    erlang:display(B - B),
    erlang:display(is_integer(B - B)),
    erlang:display(B div B),
    erlang:display((B + 1) - B),
    erlang:display(abs(S - B)),
    erlang:display(trunc(float(B))),
    erlang:display(trunc(1.0e25)),
    erlang:display(round(-1.0e25)).
