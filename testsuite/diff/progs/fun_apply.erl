-module(fun_apply).
-export([main/1, add/2, variadic/1]).
%% apply/2 and apply/3 with funs, dynamic module and function names, and
%% erlang BIFs called through apply.
add(A, B) -> A + B.
variadic(L) -> length(L).
id(X) -> X.
main(_) ->
    erlang:display(apply(fun(A, B) -> A - B end, [10, 3])),
    erlang:display(apply(fun add/2, [1, 2])),
    erlang:display(apply(fun_apply, add, [5, 6])),
    erlang:display(apply(id(fun_apply), id(add), [7, 8])),
    erlang:display(apply(lists, seq, [1, 5])),
    erlang:display(apply(erlang, element, [2, {a, b, c}])),
    erlang:display(apply(erlang, '*', [6, 7])),
    erlang:display(apply(erlang, tuple_size, [{1, 2}])),
    erlang:display(apply(fun_apply, variadic, [[a, b, c]])),
    Ops = [{erlang, '+'}, {erlang, '-'}, {erlang, max}, {fun_apply, add}],
    erlang:display([apply(M, F, [10, 4]) || {M, F} <- Ops]),
    erlang:display(apply(fun() -> no_args end, [])),
    Mod = list_to_atom("lists"),
    erlang:display(Mod:reverse([x, y])),
    Fn = list_to_atom("sum"),
    erlang:display(lists:Fn([1, 2, 3])).
