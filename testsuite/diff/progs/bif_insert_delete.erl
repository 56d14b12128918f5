-module(bif_insert_delete).
-export([main/1]).
%% erlang:insert_element/3 and delete_element/2: every position, the
%% ends, and the failures (badarg with the BIF's frame).
id(X) -> X.
t(F) ->
    try F() of V -> {value, V}
    catch C:R:St -> {C, R, hd(St)}
    end.
main(_) ->
    T = id({a, b, c}),
    [erlang:display({insert, I, erlang:insert_element(I, T, x)}) || I <- [1, 2, 3, 4]],
    [erlang:display({delete, I, erlang:delete_element(I, T)}) || I <- [1, 2, 3]],
    erlang:display(erlang:insert_element(1, id({}), only)),
    erlang:display(erlang:delete_element(1, id({only}))),
    erlang:display(erlang:delete_element(2, erlang:insert_element(2, T, y)) =:= T),
    Big = list_to_tuple(lists:seq(1, 1000)),
    erlang:display(tuple_size(erlang:insert_element(500, Big, x))),
    erlang:display(element(500, erlang:insert_element(500, Big, x))),
    erlang:display(element(500, erlang:delete_element(500, Big))),
    Bad = [fun() -> erlang:insert_element(id(0), T, x) end,
           fun() -> erlang:insert_element(id(5), T, x) end,
           fun() -> erlang:insert_element(id(-1), T, x) end,
           fun() -> erlang:insert_element(id(a), T, x) end,
           fun() -> erlang:insert_element(id(1), id([a]), x) end,
           fun() -> erlang:insert_element(id(1.0), T, x) end,
           fun() -> erlang:insert_element(id(1 bsl 70), T, x) end,
           fun() -> erlang:delete_element(id(0), T) end,
           fun() -> erlang:delete_element(id(4), T) end,
           fun() -> erlang:delete_element(id(1), id({})) end,
           fun() -> erlang:delete_element(id(1), id(abc)) end],
    [erlang:display(t(F)) || F <- Bad].
