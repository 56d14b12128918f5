-module(exc_badfun).
-export([main/1]).
%% {badfun, F} when calling something that is not a fun and
%% {badarity, {Fun, Args}} when the arity is wrong.
id(X) -> X.
main(_) ->
    erlang:display(try (id(not_a_fun))() catch error:R -> R end),
    erlang:display(try (id({a, b}))(1) catch error:R2 -> R2 end),
    erlang:display(try (id(42))(1, 2) catch error:R3 -> R3 end),
    erlang:display(try (id([]))() catch error:R4 -> R4 end),
    F = fun(X) -> X + 1 end,
    erlang:display(try (id(F))(1, 2) catch error:{badarity, {Fn, Args}} -> {badarity, Fn =:= F, Args} end),
    erlang:display(try (id(F))() catch error:{badarity, {_, Args2}} -> {badarity, Args2} end),
    erlang:display(try apply(id(F), [1, 2, 3]) catch error:{badarity, {_, Args3}} -> {badarity, Args3} end),
    erlang:display(try apply(id(notfun), [1]) catch error:R5 -> R5 end),
    G = fun lists:reverse/1,
    erlang:display(try (id(G))([1], [2]) catch error:R6 -> element(1, R6) end).
