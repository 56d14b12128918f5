-module(exc_badarg).
-export([main/1]).
%% badarg from many BIFs with bad arguments.
id(X) -> X.
t(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.
main(_) ->
    Cases = [fun() -> atom_to_list(id(1)) end,
             fun() -> list_to_atom(id(atom)) end,
             fun() -> element(id(5), id({a})) end,
             fun() -> setelement(id(0), id({a}), b) end,
             fun() -> hd(id([])) end,
             fun() -> tl(id(a)) end,
             fun() -> length(id(improper)) end,
             fun() -> tuple_size(id([])) end,
             fun() -> list_to_tuple(id(a)) end,
             fun() -> tuple_to_list(id(a)) end,
             fun() -> abs(id(a)) end,
             fun() -> integer_to_list(id(1.5)) end,
             fun() -> list_to_integer(id("one")) end,
             fun() -> float_to_list(id(1)) end,
             fun() -> erlang:make_tuple(id(a), 0) end,
             fun() -> lists:reverse(id(a)) end,
             fun() -> id(a) ++ [] end,
             fun() -> lists:sort(id(a)) end,
             fun() -> put(id(k), v), get(k) end],
    lists:foreach(fun(F) -> erlang:display(t(F)) end, Cases).
