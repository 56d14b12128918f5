-module(alg_msort).
-export([main/1]).
%% Top-down mergesort and bottom-up mergesort, checked for stability.
msort([]) -> [];
msort([X]) -> [X];
msort(L) -> {A, B} = lists:split(length(L) div 2, L), merge(msort(A), msort(B)).
merge([], B) -> B;
merge(A, []) -> A;
merge([{Ka, _} = X | A], [{Kb, _} = Y | B]) when Ka =< Kb -> [X | merge(A, [Y | B])];
merge(A, [Y | B]) -> [Y | merge(A, B)].
bottom_up(L) -> pass([[X] || X <- L]).
pass([]) -> [];
pass([S]) -> S;
pass(Ss) -> pass(pairs(Ss)).
pairs([A, B | T]) -> [merge(A, B) | pairs(T)];
pairs(T) -> T.
main(_) ->
    Data = [{(I * 7919) rem 101, I} || I <- lists:seq(1, 50000)],
    S1 = msort(Data), S2 = bottom_up(Data),
    erlang:display(S1 =:= S2),
    erlang:display(S1 =:= lists:keysort(1, Data)),
    erlang:display(lists:sublist(S1, 6)),
    erlang:display(lists:last(S1)),
    erlang:display(msort([{3, c}, {1, a}, {2, b}, {1, z}])).
