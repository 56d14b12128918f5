-module(fun_closure).
-export([main/1]).
%% Closures capture the values of variables at creation time; funs
%% returning funs; counters built from closures over accumulators.
adder(N) -> fun(X) -> X + N end.
multiplier(N) -> fun(X) -> X * N end.
compose(F, G) -> fun(X) -> F(G(X)) end.
make_counter(Start) -> fun(Step) -> {Start + Step, make_counter(Start + Step)} end.
main(_) ->
    Add5 = adder(5), Times3 = multiplier(3),
    erlang:display(Add5(10)),
    erlang:display(Times3(10)),
    erlang:display((compose(Add5, Times3))(2)),
    erlang:display((compose(Times3, Add5))(2)),
    X = 100,
    F = fun(Y) -> X + Y end,
    erlang:display(F(1)),
    Fs = [fun() -> I * I end || I <- lists:seq(1, 5)],
    erlang:display([G() || G <- Fs]),
    C0 = make_counter(0),
    {V1, C1} = C0(5),
    {V2, C2} = C1(10),
    {V3, _} = C2(-3),
    erlang:display([V1, V2, V3]),
    {V1b, _} = C0(1),
    erlang:display(V1b),
    Big = lists:seq(1, 10),
    Sum = fun() -> lists:sum(Big) end,
    erlang:display(Sum()),
    Nested = fun(A) -> fun(B) -> fun(C) -> [A, B, C] end end end,
    erlang:display(((Nested(1))(2))(3)).
