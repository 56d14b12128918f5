-module(ord_search).
-export([main/1]).
%% Binary search in a sorted tuple of mixed terms, relying on the term order.
bsearch(T, X) -> bsearch(T, X, 1, tuple_size(T)).
bsearch(_, _, Lo, Hi) when Lo > Hi -> not_found;
bsearch(T, X, Lo, Hi) ->
    Mid = (Lo + Hi) div 2,
    E = element(Mid, T),
    if E =:= X -> {found, Mid};
       E < X -> bsearch(T, X, Mid + 1, Hi);
       true -> bsearch(T, X, Lo, Mid - 1)
    end.
main(_) ->
    Items = lists:usort([5, 3.5, -2, a, zz, {1}, {0, 0}, [], [a], "hello", 1 bsl 70, b, {x, y, z}]),
    T = list_to_tuple(Items),
    erlang:display(T),
    erlang:display([bsearch(T, X) || X <- [5, 3.5, a, zz, {1}, [], "hello", 1 bsl 70, missing, 4, {x, y}]]),
    Nums = list_to_tuple(lists:seq(0, 99999, 3)),
    erlang:display([bsearch(Nums, X) || X <- [0, 3, 99999, 50001, 50000, -3]]).
