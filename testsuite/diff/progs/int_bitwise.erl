-module(int_bitwise).
-export([main/1]).
%% band, bor, bxor and bnot on small integers, including negatives
%% (two's complement semantics of unbounded integers).
id(X) -> X.
main(_) ->
    Vals = [0, 1, -1, 5, -6, 255, -256, 16#F0F0, 576460752303423487, -576460752303423488],
    erlang:display([X band id(16#FF) || X <- Vals]),
    erlang:display([X bor id(16#100) || X <- Vals]),
    erlang:display([X bxor id(-1) || X <- Vals]),
    erlang:display([bnot X || X <- Vals]),
    erlang:display(id(12) band id(10)),
    erlang:display(id(12) bor id(10)),
    erlang:display(id(12) bxor id(10)),
    erlang:display(id(-12) band id(10)),
    erlang:display(id(-12) bor id(10)),
    erlang:display(id(-12) bxor id(10)),
    erlang:display(id(-12) band id(-10)),
    erlang:display(id(-12) bor id(-10)),
    erlang:display(id(-12) bxor id(-10)),
    erlang:display(bnot id(576460752303423487)),
    erlang:display(bnot id(-576460752303423489)),
    erlang:display(id(576460752303423487) bor id(576460752303423488)),
    erlang:display(popcount(id(16#DEADBEEF), 0)),
    erlang:display(popcount(id(1 bsl 100 - 1), 0)).
popcount(0, N) -> N;
popcount(X, N) -> popcount(X bsr 1, N + (X band 1)).
