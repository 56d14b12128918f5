-module(exc_rethrow).
-export([main/1]).
%% Catching and rethrowing with a changed reason or class, and
%% erlang:raise/3 keeping the class and a given stacktrace.
wrap(F) ->
    try F() catch
        throw:R -> throw({wrapped, R});
        error:R -> error({wrapped, R});
        exit:R -> exit({wrapped, R})
    end.
reraise(F) ->
    try F() catch C:R:St -> erlang:raise(C, {reraised, R}, St) end.
main(_) ->
    erlang:display(try wrap(fun() -> throw(t) end) catch C1:R1 -> {C1, R1} end),
    erlang:display(try wrap(fun() -> error(e) end) catch C2:R2 -> {C2, R2} end),
    erlang:display(try wrap(fun() -> exit(x) end) catch C3:R3 -> {C3, R3} end),
    erlang:display(try wrap(fun() -> wrap(fun() -> throw(t) end) end) catch C4:R4 -> {C4, R4} end),
    erlang:display(try reraise(fun() -> exit(boom) end) catch C5:R5 -> {C5, R5} end),
    erlang:display(try reraise(fun() -> throw(ball) end) catch C6:R6 -> {C6, R6} end),
    erlang:display(try reraise(fun() -> error(bad) end) catch C7:R7 -> {C7, R7} end),
    erlang:display(try
                       try throw(once) catch throw:X -> throw({twice, X}) end
                   catch throw:Y -> Y end).
