-module(alg_perms).
-export([main/1]).
%% Permutations, combinations and the power set of small lists.
perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].
combs(0, _) -> [[]];
combs(_, []) -> [];
combs(K, [H | T]) -> [[H | C] || C <- combs(K - 1, T)] ++ combs(K, T).
powerset([]) -> [[]];
powerset([H | T]) -> P = powerset(T), [[H | S] || S <- P] ++ P.
main(_) ->
    erlang:display(perms([a, b, c])),
    erlang:display(length(perms(lists:seq(1, 8)))),
    erlang:display(lists:nth(1000, perms(lists:seq(1, 7)))),
    erlang:display(combs(2, [a, b, c, d])),
    erlang:display(length(combs(5, lists:seq(1, 15)))),
    erlang:display(powerset([1, 2, 3])),
    erlang:display(length(powerset(lists:seq(1, 16)))),
    erlang:display(lists:sort([lists:sum(S) || S <- powerset([1, 2, 4, 8])])).
