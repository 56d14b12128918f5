-module(exc_badmatch).
-export([main/1]).
%% {badmatch, Value} carries the value that failed to match.
id(X) -> X.
t(F) -> try F() catch error:R -> R end.
main(_) ->
    erlang:display(t(fun() -> {a, _} = id({b, 1}) end)),
    erlang:display(t(fun() -> [_, _] = id([1, 2, 3]) end)),
    erlang:display(t(fun() -> 1 = id(1.0) end)),
    erlang:display(t(fun() -> "abc" = id("abd") end)),
    erlang:display(t(fun() -> {ok, V} = id(error), V end)),
    erlang:display(t(fun() -> X = id(1), X = id(2) end)),
    erlang:display(t(fun() -> [H | _] = id([]), H end)),
    erlang:display(t(fun() -> {_, _, _} = id(list_to_tuple(lists:seq(1, 4))) end)),
    try {x, _} = id(y)
    catch error:R:St ->
        erlang:display(R),
        erlang:display(hd(St))
    end.
