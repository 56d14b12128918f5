-module(grd_funs).
-export([main/1]).
%% is_function/1,2 in guards, with local, external and anonymous funs.
inc(X) -> X + 1.
kind(F) when is_function(F, 0) -> arity0;
kind(F) when is_function(F, 1) -> arity1;
kind(F) when is_function(F, 2) -> arity2;
kind(F) when is_function(F) -> other_arity;
kind(_) -> not_a_fun.
call(F, Args) when is_function(F, length(Args)) -> apply(F, Args);
call(_, _) -> wrong_arity.
main(_) ->
    Fs = [fun() -> 0 end, fun inc/1, fun lists:map/2, fun(_, _, _) -> 3 end, fun erlang:abs/1, not_fun, {fun inc/1}],
    erlang:display([kind(F) || F <- Fs]),
    erlang:display(call(fun inc/1, [41])),
    erlang:display(call(fun lists:reverse/1, [[1, 2, 3]])),
    erlang:display(call(fun inc/1, [1, 2])),
    erlang:display(call(fun(A, B) -> A * B end, [6, 7])),
    erlang:display(call(fun() -> nothing end, [])).
