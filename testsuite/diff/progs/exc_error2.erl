-module(exc_error2).
-export([main/1]).
%% erlang:error/2: the arguments given appear in the top stack frame
%% instead of the arity.
check(X, Y) when is_integer(X) -> X + Y;
check(X, Y) -> erlang:error(not_an_integer, [X, Y]).
main(_) ->
    erlang:display(check(1, 2)),
    try check(a, 2)
    catch error:R:St ->
        erlang:display(R),
        erlang:display(hd(St))
    end,
    try erlang:error({complex, reason}, [])
    catch error:R2:St2 ->
        erlang:display(R2),
        erlang:display(hd(St2))
    end,
    try error(plain)
    catch error:R3:St3 ->
        erlang:display(R3),
        erlang:display(hd(St3))
    end.
