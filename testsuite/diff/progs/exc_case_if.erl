-module(exc_case_if).
-export([main/1]).
%% {case_clause, V}, if_clause and {try_clause, V}, with stack tops.
id(X) -> X.
c(X) -> case X of a -> 1; b -> 2 end.
i(X) -> if X > 0 -> pos; X < 0 -> neg end.
t(X) -> try id(X) of ok -> fine catch _:_ -> never end.
main(_) ->
    try c(id({unexpected, 1})) catch error:R:St -> erlang:display(R), erlang:display(hd(St)) end,
    try i(id(0)) catch error:R2:St2 -> erlang:display(R2), erlang:display(hd(St2)) end,
    try t(id(not_ok)) catch error:R3:St3 -> erlang:display(R3), erlang:display(hd(St3)) end,
    erlang:display(try c(id([1, 2])) catch error:R4 -> R4 end),
    erlang:display(try t(id({nested, [x]})) catch error:R5 -> R5 end).
