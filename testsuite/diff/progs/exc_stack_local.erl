-module(exc_stack_local).
-export([main/1]).
%% Stacktraces through local body calls: the frames name module, function,
%% arity and the file and line of each call site.  Only this module's
%% frames are printed (the rest belong to escript).  A function that can
%% only raise makes its callers' calls into tail calls (their frames vanish).
id(X) -> X.
a(X) -> b(X) + 1.
b(X) -> c(X) * 2.
c(X) when X > 5 -> error({bad, X});
c(X) -> X.
only_raises(X) -> error({always, X}).
caller(X) -> only_raises(X) + 1.
tail(X) -> other(X).
other(X) -> throw({t, X}).
mine(St) -> [F || {M, _, _, _} = F <- St, M =:= ?MODULE].
main(_) ->
    erlang:display(a(id(2))),
    try a(id(7))
    catch error:R:St ->
        erlang:display(R),
        erlang:display(mine(St))
    end,
    try caller(id(1))
    catch error:R1:St1 ->
        erlang:display(R1),
        erlang:display(mine(St1))
    end,
    try tail(id(1))
    catch throw:R2:St2 ->
        erlang:display(R2),
        erlang:display(mine(St2))
    end,
    try lists:map(fun(X) -> 10 div X end, id([1, 0]))
    catch error:R3:St3 ->
        erlang:display(R3),
        {M, F, A, _} = hd(St3),
        erlang:display({M, F, A})
    end.
