-module(pat_tuples).
-export([main/1]).
%% Tagged-tuple protocols: an interpreter for a tiny expression language
%% built entirely on tuple patterns.
eval({num, N}, _) -> N;
eval({var, V}, Env) -> {V, X} = lists:keyfind(V, 1, Env), X;
eval({add, A, B}, Env) -> eval(A, Env) + eval(B, Env);
eval({mul, A, B}, Env) -> eval(A, Env) * eval(B, Env);
eval({neg, A}, Env) -> -eval(A, Env);
eval({'let', V, E, Body}, Env) -> eval(Body, [{V, eval(E, Env)} | Env]);
eval({'if', C, T, E}, Env) -> case eval(C, Env) of 0 -> eval(E, Env); _ -> eval(T, Env) end.
simp({add, {num, 0}, E}) -> simp(E);
simp({add, E, {num, 0}}) -> simp(E);
simp({mul, {num, 1}, E}) -> simp(E);
simp({mul, E, {num, 1}}) -> simp(E);
simp({mul, {num, 0}, _}) -> {num, 0};
simp({Op, A, B}) when Op =:= add; Op =:= mul -> {Op, simp(A), simp(B)};
simp(E) -> E.
main(_) ->
    E1 = {add, {num, 2}, {mul, {num, 3}, {var, x}}},
    erlang:display(eval(E1, [{x, 5}])),
    E2 = {'let', y, {num, 10}, {'if', {var, y}, {mul, {var, y}, {var, y}}, {num, -1}}},
    erlang:display(eval(E2, [])),
    erlang:display(eval({'if', {add, {num, 1}, {neg, {num, 1}}}, {num, 1}, {num, 2}}, [])),
    erlang:display(simp({add, {num, 0}, {mul, {num, 1}, {add, {var, z}, {num, 0}}}})),
    erlang:display(simp({mul, {num, 0}, {var, q}})),
    Deep = lists:foldl(fun(I, Acc) -> {add, Acc, {num, I}} end, {num, 0}, lists:seq(1, 1000)),
    erlang:display(eval(Deep, [])).
