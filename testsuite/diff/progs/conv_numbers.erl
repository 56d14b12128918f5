-module(conv_numbers).
-export([main/1]).
%% integer_to_list, list_to_integer, float conversions, atom/number
%% round trips, and the errors.
t(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
main(_) ->
    erlang:display([integer_to_list(N) || N <- [0, 7, -7, 1234567890123, -(1 bsl 64)]]),
    erlang:display([list_to_integer(S) || S <- ["0", "42", "-42", "+42", "0042"]]),
    erlang:display(list_to_integer(integer_to_list(1 bsl 200)) =:= 1 bsl 200),
    erlang:display(t(fun() -> integer_to_list(id(1.0)) end)),
    erlang:display(t(fun() -> integer_to_list(id(a)) end)),
    erlang:display(t(fun() -> list_to_integer(id("4.0")) end)),
    erlang:display(t(fun() -> list_to_integer(id(42)) end)),
    erlang:display(t(fun() -> integer_to_list(10, 1) end)),
    erlang:display(t(fun() -> integer_to_list(10, 37) end)),
    erlang:display(list_to_atom(integer_to_list(12))),
    erlang:display(list_to_integer(atom_to_list('99'))),
    erlang:display(list_to_float(integer_to_list(3) ++ ".25")),
    erlang:display(float_to_list(float(list_to_integer("17")))),
    erlang:display(list_to_integer(float_to_list(2.5, [{decimals, 0}]))),
    erlang:display(tuple_to_list(list_to_tuple(integer_to_list(2024)))),
    erlang:display(t(fun() -> list_to_integer(id("99999999999999999999999999999999999999x")) end)).
