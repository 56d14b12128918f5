-module(fun_recursive).
-export([main/1]).
%% Recursion through funs: named funs (fun Name(...)), the Y-combinator
%% style of passing a fun to itself, and recursive closures in folds.
main(_) ->
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    erlang:display(Fact(20)),
    erlang:display(Fact(50)),
    Fib = fun Fib(N) when N < 2 -> N; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    erlang:display([Fib(N) || N <- lists:seq(0, 20)]),
    Y = fun(Gen) -> (fun(X) -> X(X) end)(fun(X) -> Gen(fun(A) -> (X(X))(A) end) end) end,
    FactY = Y(fun(Self) -> fun(0) -> 1; (N) -> N * Self(N - 1) end end),
    erlang:display(FactY(10)),
    Len = fun L([]) -> 0; L([_ | T]) -> 1 + L(T) end,
    erlang:display(Len(lists:seq(1, 1000))),
    Loop = fun Lp(0, Acc) -> Acc; Lp(N, Acc) -> Lp(N - 1, Acc + N) end,
    erlang:display(Loop(1000000, 0)),
    Flatten = fun Fl([]) -> []; Fl([H | T]) when is_list(H) -> Fl(H) ++ Fl(T); Fl([H | T]) -> [H | Fl(T)] end,
    erlang:display(Flatten([1, [2, [3, [4]], 5], [[6]]])).
