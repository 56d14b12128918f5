-module(exc_exit_values).
-export([main/1]).
%% exit/1 with assorted reasons, caught; and that the stacktrace of a
%% caught exit or throw still has the raising function first.
id(X) -> X.
leave(R) -> exit(R).
main(_) ->
    lists:foreach(fun(R) -> erlang:display(try leave(id(R)) catch exit:X -> {exit, X} end) end,
                  [normal, kill, shutdown, {shutdown, reason}, 42, "string", [a, {b}]]),
    try leave(id(why)) catch exit:why:St -> erlang:display(hd(St)) end,
    try throw(id(ball)) catch throw:ball:St2 -> erlang:display(hd(St2)) end.
