-module(lst_basic).
-export([main/1]).
%% length, hd, tl, ++, --, improper lists and the badarg cases.
id(X) -> X.
main(_) ->
    L = id([1, 2, 3, 4, 5]),
    erlang:display(length(L)),
    erlang:display(hd(L)),
    erlang:display(tl(L)),
    erlang:display(L ++ [6, 7]),
    erlang:display([] ++ L),
    erlang:display(L ++ []),
    erlang:display([a] ++ b),
    erlang:display(L -- [2, 4]),
    erlang:display([1, 2, 1, 2, 1] -- [1, 1]),
    erlang:display([a, b, c] -- [d]),
    erlang:display([[1], [2]] -- [[2]]),
    erlang:display(length([])),
    erlang:display([id(1) | id(2)]),
    erlang:display([1 | [2 | [3 | []]]]),
    erlang:display(try hd(id([])) catch error:R -> R end),
    erlang:display(try tl(id([])) catch error:R2 -> R2 end),
    erlang:display(try length(id([1 | 2])) catch error:R3 -> R3 end),
    erlang:display(try id([1 | 2]) ++ [3] catch error:R4 -> R4 end),
    erlang:display(try id(a) -- [] catch error:R5 -> R5 end),
    erlang:display(length(lists:seq(1, 100000) ++ lists:seq(1, 100000))),
    erlang:display(length(lists:seq(1, 3000) -- lists:seq(1, 3000, 2))).
