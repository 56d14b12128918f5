-module(exc_function_clause).
-export([main/1]).
%% function_clause: the top frame has the arguments of the failed call and
%% the location of the function; also for funs and lists functions.
id(X) -> X.
f(1, b) -> ok;
f(X, Y) when X > 10 -> {X, Y}.
main(_) ->
    try f(id(2), c)
    catch error:R:St ->
        erlang:display(R),
        erlang:display(hd(St)),
        erlang:display(lists:nth(2, St))
    end,
    F = fun(0) -> zero end,
    try F(id(1))
    catch error:R2:St2 ->
        erlang:display(R2),
        [{M, _, Args, _} | _] = St2,
        erlang:display({M, Args})
    end,
    erlang:display(try lists:seq(id(3), 1) catch error:R3 -> R3 end),
    erlang:display(try lists:nth(id(0), [a]) catch error:R4 -> R4 end).
