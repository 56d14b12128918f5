-module(int_boundaries).
-export([main/1]).
%% Values right at the small/big boundary: tests of type, equality and
%% arithmetic that must give the same results whichever representation.
id(X) -> X.
main(_) ->
    B = [(1 bsl 59) - 2, (1 bsl 59) - 1, 1 bsl 59, (1 bsl 59) + 1,
         -(1 bsl 59) + 1, -(1 bsl 59), -(1 bsl 59) - 1,
         (1 bsl 63) - 1, 1 bsl 63, 1 bsl 64, -(1 bsl 63), -(1 bsl 64)],
    erlang:display(B),
    erlang:display([is_integer(X) || X <- B]),
    erlang:display([X - 1 + 1 =:= X || X <- B]),
    erlang:display([X * 2 div 2 =:= X || X <- B]),
    erlang:display([X + 1 || X <- B]),
    erlang:display([X - 1 || X <- B]),
    erlang:display([X div 3 || X <- B]),
    erlang:display([X rem 1000 || X <- B]),
    erlang:display(lists:sort(lists:reverse(B))),
    erlang:display(id((1 bsl 59) - 1) < id(1 bsl 59)),
    erlang:display(id(-(1 bsl 59)) > id(-(1 bsl 59) - 1)),
    erlang:display(id(1 bsl 64) - id(1 bsl 64) =:= 0),
    erlang:display(id(1 bsl 64) div id(1 bsl 32)).
