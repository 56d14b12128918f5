-module(pat_lists).
-export([main/1]).
%% List patterns: fixed-length, head/tail, strings, and list comprehension
%% generators with patterns that filter.
len([]) -> 0;
len([_]) -> 1;
len([_, _]) -> 2;
len([_, _, _ | T]) -> 3 + len(T).
pairs([A, B | T]) -> [{A, B} | pairs(T)];
pairs(_) -> [].
main(_) ->
    erlang:display([len(lists:seq(1, N)) || N <- lists:seq(0, 10)]),
    erlang:display(pairs([1, 2, 3, 4, 5])),
    erlang:display([X || {ok, X} <- [{ok, 1}, error, {ok, 2}, {error, 3}, {ok, 3, 4}]]),
    erlang:display([{A, B} || [A, B] <- [[1, 2], [3], [4, 5, 6], [7, 8]]]),
    erlang:display([H || [H | _] <- ["abc", "", "de"]]),
    erlang:display([X || X <- [1, a, 2.0, "s", 3], is_number(X)]),
    erlang:display([{X, Y} || X <- [1, 2, 3], Y <- [a, b], X =/= 2]),
    erlang:display([X * Y || X <- [1, 2, 3], Y <- [X, X + 1]]),
    erlang:display([[C] || C <- "hello", C =/= $l]).
