-module(exc_apply_badarg).
-export([main/1]).
%% apply with a module or function that is not an atom, or an argument
%% list that is not a proper list, fails with badarg in erlang:apply: the
%% top frame is {erlang, apply, Args, [{error_info, ...}]} with the
%% arguments apply had (as apply/3 takes them, also for M:F(...) with
%% variables), then the frame of the caller with the line of the call.
%% The calls are not tail calls, so every frame of this module shows.
id(X) -> X.
mine(St) -> [Fr || {M, _, _, _} = Fr <- St, M =:= ?MODULE].
call(F) -> try F() catch C:R:St -> {C, R, hd(St), mine(tl(St))} end.
main(_) ->
    erlang:display(call(fun() -> X = (id(3)):f(), {X} end)),
    erlang:display(call(fun() -> X = (id(lists)):(id("reverse"))([1]), {X} end)),
    erlang:display(call(fun() -> X = apply(id(3), f, [1, 2.5]), {X} end)),
    erlang:display(call(fun() -> X = apply(lists, reverse, id([1 | 2])), {X} end)),
    erlang:display(call(fun() -> X = apply(lists, reverse, id(foo)), {X} end)),
    erlang:display(call(fun() -> X = apply(id(fun id/1), id(foo)), {X} end)),
    erlang:display(call(fun() -> X = (id(nomod)):f(1), {X} end)).
