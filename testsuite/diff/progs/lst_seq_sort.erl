-module(lst_seq_sort).
-export([main/1]).
%% lists:seq/2,3 and lists:sort/1,2, usort, merge, and stability.
main(_) ->
    erlang:display(lists:seq(1, 10)),
    erlang:display(lists:seq(10, 1, -3)),
    erlang:display(lists:seq(1, 0)),
    erlang:display(lists:seq(0, 20, 5)),
    erlang:display(lists:seq(-5, 5, 4)),
    erlang:display(try lists:seq(5, 1) catch error:R -> R end),
    erlang:display(lists:sort([5, 3, 9, 1, 3, 7])),
    erlang:display(lists:sort(fun(A, B) -> A > B end, [5, 3, 9, 1, 3, 7])),
    erlang:display(lists:usort([5, 3, 9, 1, 3, 7, 5])),
    erlang:display(lists:sort(fun({A, _}, {B, _}) -> A =< B end,
                              [{2, a}, {1, b}, {2, c}, {1, d}, {0, e}, {2, f}])),
    erlang:display(lists:merge([1, 4, 7], [2, 3, 8])),
    erlang:display(lists:umerge([1, 4, 7], [1, 4, 8])),
    erlang:display(lists:merge([[1, 5], [2, 3], [0, 9]])),
    Pseudo = lcg(1000, 12345, []),
    S = lists:sort(Pseudo),
    erlang:display(lists:sublist(S, 10)),
    erlang:display(lists:nthtail(990, S)),
    erlang:display(length(lists:usort(Pseudo))),
    erlang:display(lists:sort(lists:reverse(S)) =:= S).
lcg(0, _, Acc) -> Acc;
lcg(N, X, Acc) -> Y = (X * 1103515245 + 12345) rem 2147483648, lcg(N - 1, Y, [Y rem 10000 | Acc]).
