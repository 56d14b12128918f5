-module(fun_arity).
-export([main/1]).
%% Funs of many arities, multi-clause anonymous funs with guards, and
%% calling funs stored in data structures.
main(_) ->
    F0 = fun() -> zero end,
    F3 = fun(A, B, C) -> A + B + C end,
    F5 = fun(A, B, C, D, E) -> [E, D, C, B, A] end,
    erlang:display({F0(), F3(1, 2, 3), F5(1, 2, 3, 4, 5)}),
    Classify = fun(X) when X < 0 -> neg; (0) -> zero; (X) when is_integer(X) -> pos; (_) -> other end,
    erlang:display(lists:map(Classify, [-2, 0, 3, 1.5])),
    Table = [{add, fun(A, B) -> A + B end}, {sub, fun(A, B) -> A - B end}, {mul, fun(A, B) -> A * B end}],
    erlang:display([{Op, F(7, 3)} || {Op, F} <- Table]),
    {_, Mul} = lists:keyfind(mul, 1, Table),
    erlang:display(Mul(6, 7)),
    T = {fun(X) -> X + 1 end, fun(X) -> X * 2 end},
    erlang:display((element(2, T))((element(1, T))(4))),
    erlang:display([erlang:fun_info(F, arity) || F <- [F0, F3, F5, Classify]]).
