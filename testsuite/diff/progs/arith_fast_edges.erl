-module(arith_fast_edges).
-export([main/1]).
%% The inline paths of * div rem bxor bsl bsr and of float + - * / at the
%% edges of the small-integer range (2^59) and of the double range: each
%% result must equal the BIF's.  Regression test for the fast paths.
id(X) -> X.
ops() ->
    [fun(A, B) -> A * B end, fun(A, B) -> A div B end, fun(A, B) -> A rem B end,
     fun(A, B) -> A bxor B end, fun(A, B) -> A bsl B end, fun(A, B) -> A bsr B end,
     fun(A, B) -> A + B end, fun(A, B) -> A - B end, fun(A, B) -> A / B end,
     fun(A, B) -> A band B end, fun(A, B) -> A bor B end].
try_op(F, A, B) -> try F(id(A), id(B)) catch error:R -> {error, R} end.
main(_) ->
    Max = id(576460752303423487), Min = id(-576460752303423488),
    Ints = [0, 1, -1, 2, -2, 3, 7, -7, 59, 60, 63, 64, 65, -60, -64, 1000,
            1 bsl 29, 1 bsl 30, -(1 bsl 30), 1 bsl 31, Max, Min, Max - 1, Min + 1,
            Max + 1, Min - 1, 1 bsl 64, -(1 bsl 64)],
    Floats = [0.0, -0.0, 1.0, -1.5, 2.5, 1.0e300, -1.0e300, 1.0e-300, 5.0e-324],
    Vals = Ints ++ Floats ++ [a, [], {1}],
    R = [{I, X, Y, try_op(F, X, Y)} || {I, F} <- lists:zip(lists:seq(1, length(ops())), ops()),
                                       X <- Vals, Y <- Vals],
    lists:foreach(fun(T) -> erlang:display(T) end, R),
    %% inside guards (fail label) and as loop counters
    erlang:display([G || G <- Vals, is_number(G), G * 2 > 10]),
    erlang:display(loop(id(100000), 0, 1.0)),
    erlang:display([try typed(id(P), id(Q)) catch error:E -> E end || P <- Vals, Q <- Vals, is_number(P), is_number(Q)]).
loop(0, A, F) -> {A, F};
loop(N, A, F) -> loop(N - 1, (A bxor N) + (N bsl 3) rem 97 - N div 3, F * 1.0001 + 0.5 / N).
%% Operands the compiler types as floats or integers.
typed(X, Y) when is_float(X), is_float(Y) -> {X + Y, X - Y, X * Y, X / Y, X < Y, Y < X};
typed(X, Y) when is_integer(X), is_integer(Y) -> {X + Y, X - Y, X * Y, X bsl 3, X bxor Y}.
