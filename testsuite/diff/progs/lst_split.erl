-module(lst_split).
-export([main/1]).
%% split, sublist/2,3, splitwith, dropwhile, takewhile, partition, filter.
main(_) ->
    L = lists:seq(1, 12),
    erlang:display(lists:split(5, L)),
    erlang:display(lists:split(0, L)),
    erlang:display(lists:split(12, L)),
    erlang:display(try lists:split(13, L) catch error:R -> R end),
    erlang:display(lists:sublist(L, 3)),
    erlang:display(lists:sublist(L, 4, 3)),
    erlang:display(lists:sublist(L, 11, 10)),
    erlang:display(lists:sublist(L, 30)),
    Small = fun(X) -> X < 5 end,
    erlang:display(lists:takewhile(Small, L)),
    erlang:display(lists:dropwhile(Small, L)),
    erlang:display(lists:splitwith(Small, L)),
    erlang:display(lists:partition(fun(X) -> X rem 3 =:= 0 end, L)),
    erlang:display(lists:filter(fun(X) -> X rem 2 =:= 0 end, L)),
    erlang:display(lists:takewhile(Small, [])),
    erlang:display(lists:dropwhile(fun(_) -> true end, L)),
    erlang:display(lists:partition(fun is_atom/1, [a, 1, b, "c", {d}, e])).
