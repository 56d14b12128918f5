-module(exc_catch_stack).
-export([main/1]).
%% The stacktrace inside catch's {'EXIT', {Reason, Stack}} for errors in
%% local functions (only this module's frames are printed).
id(X) -> X.
inner(X) -> element(1, X) + 1.
middle(X) -> [inner(X)].
mine(St) -> [F || {M, _, _, _} = F <- St, M =:= ?MODULE].
main(_) ->
    {'EXIT', {R, St}} = (catch middle(id({a}))),
    erlang:display(R),
    erlang:display(mine(St)),
    {'EXIT', {R2, St2}} = (catch middle(id(notuple))),
    erlang:display(R2),
    {M2, F2, A2, _} = hd(St2),
    erlang:display({M2, F2, A2}),
    erlang:display(mine(St2)),
    {'EXIT', {R3, St3}} = (catch lists:map(fun(X) -> {ok} = X end, [id({ok}), id({no})])),
    erlang:display(R3),
    erlang:display(hd(mine(St3))).
