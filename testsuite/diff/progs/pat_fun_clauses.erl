-module(pat_fun_clauses).
-export([main/1]).
%% Anonymous funs with several clauses, patterns and guards; shadowing
%% of outer variables is not allowed, so bound outer variables match.
main(_) ->
    Describe = fun([]) -> empty;
                  ([_]) -> one;
                  ([X, X | _]) -> starts_with_pair;
                  ([_ | _]) -> many;
                  ({}) -> empty_tuple;
                  (N) when is_integer(N), N < 0 -> negative;
                  (_) -> other
               end,
    erlang:display([Describe(X) || X <- [[], [a], [b, b, c], [a, b], {}, -3, 3, "aa"]]),
    Want = 5,
    IsWant = fun(Want2) when Want2 =:= Want -> yes; (_) -> no end,
    erlang:display([IsWant(X) || X <- [4, 5, 5.0]]),
    Swap = fun({A, B}) -> {B, A}; ([A, B]) -> [B, A]; (Other) -> Other end,
    erlang:display([Swap(X) || X <- [{1, 2}, [3, 4], 5, {6, 7, 8}]]),
    Acc = fun(X, {Cnt, Sum}) when is_number(X) -> {Cnt + 1, Sum + X}; (_, S) -> S end,
    erlang:display(lists:foldl(Acc, {0, 0}, [1, a, 2.5, "x", 3])).
