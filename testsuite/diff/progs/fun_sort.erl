-module(fun_sort).
-export([main/1]).
%% Custom orderings via funs: sort by key, by multiple keys, descending,
%% by string length then alphabetically, and a generic insertion sort.
isort(Less, L) -> lists:foldl(fun(X, Acc) -> insert(Less, X, Acc) end, [], L).
insert(_, X, []) -> [X];
insert(Less, X, [H | T] = L) ->
    case Less(X, H) of true -> [X | L]; false -> [H | insert(Less, X, T)] end.
main(_) ->
    People = [{"bob", 25}, {"alice", 30}, {"carol", 25}, {"dave", 35}, {"eve", 30}],
    erlang:display(lists:sort(fun({_, A}, {_, B}) -> A =< B end, People)),
    erlang:display(lists:sort(fun({N1, A}, {N2, A}) -> N1 >= N2; ({_, A}, {_, B}) -> A > B end, People)),
    Words = ["pear", "fig", "banana", "kiwi", "apple", "date"],
    erlang:display(lists:sort(fun(A, B) -> {length(A), A} =< {length(B), B} end, Words)),
    erlang:display(isort(fun(A, B) -> A < B end, [5, 2, 8, 1, 9, 3])),
    erlang:display(isort(fun(A, B) -> A > B end, [5, 2, 8, 1, 9, 3])),
    erlang:display(isort(fun({_, X}, {_, Y}) -> X < Y end, People)).
