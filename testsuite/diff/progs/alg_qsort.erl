-module(alg_qsort).
-export([main/1]).
%% Quicksort with list comprehensions and with partition + accumulator,
%% on pseudo-random data.
qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).
qsort2(L) -> qsort2(L, []).
qsort2([], Acc) -> Acc;
qsort2([P | T], Acc) -> {Lo, Hi} = part(P, T, [], []), qsort2(Lo, [P | qsort2(Hi, Acc)]).
part(_, [], Lo, Hi) -> {Lo, Hi};
part(P, [H | T], Lo, Hi) when H < P -> part(P, T, [H | Lo], Hi);
part(P, [H | T], Lo, Hi) -> part(P, T, Lo, [H | Hi]).
rand(0, _, Acc) -> Acc;
rand(N, S, Acc) -> S2 = (S * 16807) rem 2147483647, rand(N - 1, S2, [S2 rem 100000 | Acc]).
main(_) ->
    erlang:display(qsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])),
    erlang:display(qsort2([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])),
    erlang:display(qsort([b, "x", 1, {}, 2.0, a])),
    R = rand(200000, 42, []),
    S1 = qsort(R), S2 = qsort2(R),
    erlang:display(S1 =:= S2),
    erlang:display(S1 =:= lists:sort(R)),
    erlang:display(lists:sublist(S1, 8)),
    erlang:display(lists:nthtail(199992, S1)).
