-module(grd_types).
-export([main/1]).
%% Type-test guards in function heads: one clause per type.
t(X) when is_integer(X) -> integer;
t(X) when is_float(X) -> float;
t(X) when is_boolean(X) -> boolean;
t(X) when is_atom(X) -> atom;
t(X) when is_function(X, 0) -> fun0;
t(X) when is_function(X) -> 'fun';
t(X) when is_tuple(X), tuple_size(X) =:= 2 -> pair;
t(X) when is_tuple(X) -> tuple;
t(X) when is_list(X), length(X) > 3 -> long_list;
t(X) when is_list(X) -> list.
num(X) when is_number(X), X > 0 -> positive;
num(X) when is_number(X) -> non_positive;
num(_) -> nan.
main(_) ->
    erlang:display([t(X) || X <- [1, 1 bsl 99, 1.0, true, false, a, fun() -> 0 end, fun(Y) -> Y end,
                                  {1, 2}, {1}, {}, [1, 2, 3, 4], [1], []]]),
    erlang:display([num(X) || X <- [1, 0, -1.5, 0.1, a, "1"]]).
