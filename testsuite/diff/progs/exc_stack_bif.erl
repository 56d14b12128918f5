-module(exc_stack_bif).
-export([main/1]).
%% When a BIF fails, the top frame is {erlang, Bif, Args, Info} (Info is
%% not printed here: it holds a map, see map_error_info), followed by the
%% frame of the calling function with its file and line.
id(X) -> X.
top({M, F, A, _}) -> {M, F, A}.
mine(St) -> [Fr || {M, _, _, _} = Fr <- St, M =:= ?MODULE].
call(F) -> try F() catch error:R:St -> {R, top(hd(St)), mine(St)} end.
main(_) ->
    erlang:display(call(fun() -> atom_to_list(id(42)) end)),
    erlang:display(call(fun() -> element(id(9), id({a})) end)),
    erlang:display(call(fun() -> id(5) + id(x) end)),
    erlang:display(call(fun() -> list_to_integer(id("12z")) end)),
    erlang:display(call(fun() -> tuple_to_list(id(nope)) end)),
    erlang:display(call(fun() -> lists:reverse(id(nope), []) end)).
