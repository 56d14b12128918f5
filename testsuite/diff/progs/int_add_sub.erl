-module(int_add_sub).
-export([main/1]).
%% Addition and subtraction around the small-integer limits (60-bit
%% signed on 64-bit BEAM), where results overflow into bignums and back.
id(X) -> X.
main(_) ->
    Max = id(576460752303423487),          % 2^59 - 1
    Min = id(-576460752303423488),         % -2^59
    erlang:display(Max + 1),
    erlang:display(Min - 1),
    erlang:display((Max + 1) - 1),
    erlang:display((Min - 1) + 1),
    erlang:display(Max + Max),
    erlang:display(Min + Min),
    erlang:display(Max - Min),
    erlang:display(Min - Max),
    erlang:display(id(9223372036854775807) + 1),
    erlang:display(id(-9223372036854775808) - 1),
    erlang:display(id(18446744073709551615) + 1),
    erlang:display(id(18446744073709551616) - 18446744073709551615),
    erlang:display(id(3) - id(10)),
    erlang:display(id(-3) - id(-10)),
    erlang:display(id(0) - id(0)),
    erlang:display(-id(Min)),
    erlang:display(-id(-Max - 1) - 1),
    erlang:display(lists:foldl(fun(X, A) -> A + X * Max end, 0, lists:seq(1, 10))),
    erlang:display(lists:foldl(fun(X, A) -> A - X * Max end, 0, lists:seq(1, 10))),
    erlang:display([X + Y || X <- [Max, Min, 0], Y <- [-1, 0, 1]]).
