-module(tup_make).
-export([main/1]).
%% make_tuple/2,3, erlang:append_element/2, tuple_to_list/1, list_to_tuple/1.
id(X) -> X.
main(_) ->
    erlang:display(erlang:make_tuple(3, x)),
    erlang:display(erlang:make_tuple(0, x)),
    erlang:display(erlang:make_tuple(5, 0, [{2, two}, {4, four}, {2, again}])),
    erlang:display(erlang:append_element({a, b}, c)),
    erlang:display(erlang:append_element({}, only)),
    erlang:display(lists:foldl(fun(X, T) -> erlang:append_element(T, X) end, {}, lists:seq(1, 12))),
    erlang:display(tuple_to_list({1, {2, 3}, [4]})),
    erlang:display(tuple_to_list({})),
    erlang:display(list_to_tuple([a, "b", 3.0])),
    erlang:display(list_to_tuple([])),
    Big = list_to_tuple(lists:seq(1, 1000)),
    erlang:display(tuple_size(Big)),
    erlang:display(element(777, Big)),
    erlang:display(lists:sum(tuple_to_list(Big))),
    erlang:display(try list_to_tuple(id([a | b])) catch error:R -> R end),
    erlang:display(try erlang:make_tuple(-1, a) catch error:R2 -> R2 end).
