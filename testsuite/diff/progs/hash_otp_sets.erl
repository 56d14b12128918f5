-module(hash_otp_sets).
-export([main/1]).
%% Module sets: version 1 places elements by erlang:phash/2, so its
%% to_list and fold orders and its structure are erl's; version 2 is a
%% map (printed unsorted up to 32 elements, sorted above, where erl's
%% order is that of its hash trie).  Both versions' operations agree.
id(X) -> X.
elems(N) -> [case K rem 4 of
                 0 -> K;
                 1 -> list_to_atom([$a + K rem 26, $a + K rem 7]);
                 2 -> {K};
                 3 -> [K, K]
             end || K <- lists:seq(1, N)].
main(_) ->
    S1 = sets:from_list(elems(50)),
    erlang:display({v1, sets:size(S1), sets:to_list(S1)}),
    erlang:display({v1_fold, sets:fold(fun(E, Acc) -> [E | Acc] end, [], S1)}),
    erlang:display({v1_small, sets:from_list([c, b, a, 3, 2, 1])}),
    A = sets:from_list(lists:seq(1, 40)), B = sets:from_list(lists:seq(20, 70, 2)),
    erlang:display({v1_ops, sets:to_list(sets:union(A, B)), sets:to_list(sets:intersection(A, B)),
                    sets:to_list(sets:subtract(A, B)), sets:is_subset(B, A), sets:is_disjoint(A, B)}),
    erlang:display({v1_filter, sets:to_list(sets:filter(fun(E) -> E rem 3 =:= 0 end, A))}),
    S1b = lists:foldl(fun sets:del_element/2, S1, lists:sublist(elems(50), 1, 30)),
    erlang:display({v1_deleted, S1b}),
    V2 = [{version, 2}],
    S2 = sets:from_list(elems(30), V2),
    erlang:display({v2, sets:size(S2), sets:to_list(S2)}),
    L2 = sets:from_list(elems(200), V2),
    erlang:display({v2_large, sets:size(L2), lists:sort(sets:to_list(L2))}),
    A2 = sets:from_list(lists:seq(1, 40), V2), B2 = sets:from_list(lists:seq(20, 70, 2), V2),
    erlang:display({v2_ops, lists:sort(sets:to_list(sets:union(A2, B2))),
                    lists:sort(sets:to_list(sets:intersection(A2, B2))),
                    lists:sort(sets:to_list(sets:subtract(A2, B2))),
                    sets:is_subset(B2, A2), sets:is_element(id(7), A2), sets:is_element(id(71), A2)}),
    erlang:display({agree, lists:sort(sets:to_list(A)) =:= lists:sort(sets:to_list(A2)),
                    sets:is_set(A), sets:is_set(A2)}),
    Big = sets:from_list(lists:seq(1, 3000)),
    erlang:display({v1_big, sets:size(Big), lists:sublist(sets:to_list(Big), 50)}).
