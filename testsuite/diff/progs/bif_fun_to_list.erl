-module(bif_fun_to_list).
-export([main/1, f/2]).
%% erlang:fun_to_list/1: an export fun's text, quoted as erl quotes
%% atoms; a local fun's (#Fun<Module.Index.Uniq>, the same numbers as
%% erlang:display's); badarg for what is no fun.
id(X) -> X.
f(A, B) -> {A, B}.
t(F) ->
    try F() of V -> {value, V}
    catch C:R:St -> {C, R, hd(St)}
    end.
main(_) ->
    erlang:display(erlang:fun_to_list(fun lists:map/2)),
    erlang:display(erlang:fun_to_list(fun ?MODULE:f/2)),
    erlang:display(erlang:fun_to_list(fun 'a b':'c d'/0)),
    erlang:display(erlang:fun_to_list(fun 'Up':'And'/255)),
    erlang:display(erlang:fun_to_list(erlang:make_fun(id(m), id(f), id(3)))),
    X = id(1),
    F = fun(Y) -> X + Y end,
    G = fun() -> ok end,
    erlang:display(erlang:fun_to_list(F)),
    erlang:display(erlang:fun_to_list(G)),
    erlang:display(lists:prefix("#Fun<bif_fun_to_list.", erlang:fun_to_list(F))),
    erlang:display(erlang:fun_to_list(F) =/= erlang:fun_to_list(G)),
    erlang:display(t(fun() -> erlang:fun_to_list(id(foo)) end)),
    erlang:display(t(fun() -> erlang:fun_to_list(id({fun lists:map/2})) end)).
