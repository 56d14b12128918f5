-module(bif_function_exported).
-export([main/1, here/0, here/2]).
%% erlang:function_exported/3: true for erlang's BIFs and its Erlang
%% functions such as apply/2,3, for the BIFs of other modules (math:sin/1
%% even before math is called), for the exports of the running module;
%% false for what a module does not export, for a module that does not
%% exist, for a negative arity; badarg for what is no module, function or
%% arity.
id(X) -> X.
here() -> ok.
here(_, _) -> ok.
local() -> ok.
t(M, F, A) ->
    try erlang:function_exported(id(M), id(F), id(A)) of V -> V
    catch C:R:St -> {C, R, hd(St)}
    end.
main(_) ->
    local(),
    Cases = [{erlang, apply, 3}, {erlang, apply, 2}, {erlang, length, 1}, {erlang, element, 2},
             {erlang, '+', 2}, {erlang, 'and', 2}, {erlang, self, 0}, {erlang, spawn, 1},
             {erlang, display, 1}, {erlang, function_exported, 3}, {erlang, halt, 1},
             {erlang, is_atom, 1}, {erlang, error, 2}, {erlang, throw, 1},
             {erlang, no_such_function, 1}, {erlang, length, 2},
             {math, sin, 1}, {math, pow, 2}, {math, sin, 2}, {lists, reverse, 2},
             {lists, keyfind, 3}, {maps, get, 2},
             {bif_function_exported, main, 1}, {bif_function_exported, here, 0},
             {bif_function_exported, here, 2}, {bif_function_exported, here, 1},
             {bif_function_exported, local, 0}, {bif_function_exported, id, 1},
             {no_such_module_at_all, f, 0}, {lists, reverse, -1}, {erlang, length, -1},
             {lists, reverse, 256}, {1, a, 1}, {lists, "a", 1}, {lists, reverse, 1.0},
             {lists, reverse, 1 bsl 70}, {lists, reverse, x}, {"lists", reverse, 1}],
    [erlang:display({M, F, A, t(M, F, A)}) || {M, F, A} <- Cases].
