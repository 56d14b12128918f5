-module(int_mul).
-export([main/1]).
%% Multiplication overflowing small integers, signs, and repeated squaring.
id(X) -> X.
square(X, 0) -> X;
square(X, N) -> square(X * X, N - 1).
main(_) ->
    erlang:display(id(4294967296) * id(4294967296)),
    erlang:display(id(-4294967296) * id(4294967296)),
    erlang:display(id(-4294967296) * id(-4294967296)),
    erlang:display(id(576460752303423487) * 2),
    erlang:display(id(576460752303423487) * -2),
    erlang:display(id(1073741824) * id(536870912)),
    erlang:display(id(1073741824) * id(536870911)),
    erlang:display(id(0) * id(123456789012345678901234567890)),
    erlang:display(id(-1) * id(123456789012345678901234567890)),
    erlang:display(id(123456789) * id(987654321)),
    erlang:display(id(123456789012) * id(-987654321098)),
    erlang:display(square(3, 1)),
    erlang:display(square(3, 5)),
    erlang:display(square(3, 8)),
    erlang:display(square(-7, 6)),
    erlang:display([X * X * X || X <- lists:seq(-5, 5)]),
    erlang:display(lists:foldl(fun(X, A) -> X * A end, 1, lists:seq(1, 25))).
