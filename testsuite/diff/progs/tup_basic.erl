-module(tup_basic).
-export([main/1]).
%% Tuples: element/2, setelement/3, tuple_size/1, size/1, nested tuples.
id(X) -> X.
main(_) ->
    T = id({a, 1, "two", {3, three}, [4]}),
    erlang:display(tuple_size(T)),
    erlang:display(size(T)),
    erlang:display([element(I, T) || I <- lists:seq(1, tuple_size(T))]),
    erlang:display(setelement(1, T, z)),
    erlang:display(setelement(5, T, [])),
    erlang:display(element(2, element(4, T))),
    erlang:display(T),
    T2 = lists:foldl(fun(I, Acc) -> setelement(I, Acc, I * I) end, erlang:make_tuple(10, 0), lists:seq(1, 10)),
    erlang:display(T2),
    erlang:display(tuple_size({})),
    erlang:display({{{}}}),
    erlang:display(try element(0, T) catch error:R -> R end),
    erlang:display(try element(6, T) catch error:R2 -> R2 end),
    erlang:display(try setelement(6, T, x) catch error:R3 -> R3 end),
    erlang:display(try element(1, id([a])) catch error:R4 -> R4 end),
    erlang:display(try tuple_size(id([a])) catch error:R5 -> R5 end).
