-module(alg_bst).
-export([main/1]).
%% A binary search tree of tuples: insert, lookup, in-order traversal,
%% height, delete, built from pseudo-random keys.
insert(K, V, nil) -> {K, V, nil, nil};
insert(K, V, {K0, V0, L, R}) when K < K0 -> {K0, V0, insert(K, V, L), R};
insert(K, V, {K0, V0, L, R}) when K > K0 -> {K0, V0, L, insert(K, V, R)};
insert(K, V, {K, _, L, R}) -> {K, V, L, R}.
lookup(_, nil) -> none;
lookup(K, {K, V, _, _}) -> {value, V};
lookup(K, {K0, _, L, _}) when K < K0 -> lookup(K, L);
lookup(K, {_, _, _, R}) -> lookup(K, R).
to_list(nil, Acc) -> Acc;
to_list({K, V, L, R}, Acc) -> to_list(L, [{K, V} | to_list(R, Acc)]).
height(nil) -> 0;
height({_, _, L, R}) -> 1 + max(height(L), height(R)).
delete(_, nil) -> nil;
delete(K, {K0, V, L, R}) when K < K0 -> {K0, V, delete(K, L), R};
delete(K, {K0, V, L, R}) when K > K0 -> {K0, V, L, delete(K, R)};
delete(_, {_, _, nil, R}) -> R;
delete(_, {_, _, L, nil}) -> L;
delete(_, {_, _, L, R}) -> {K2, V2} = min_kv(R), {K2, V2, L, delete(K2, R)}.
min_kv({K, V, nil, _}) -> {K, V};
min_kv({_, _, L, _}) -> min_kv(L).
main(_) ->
    Keys = [(I * 7919) rem 10007 || I <- lists:seq(1, 5000)],
    T = lists:foldl(fun(K, Acc) -> insert(K, K * K, Acc) end, nil, Keys),
    L = to_list(T, []),
    erlang:display(length(L)),
    erlang:display(lists:sublist(L, 5)),
    erlang:display([K || {K, _} <- L] =:= lists:usort(Keys)),
    erlang:display(height(T)),
    erlang:display([lookup(K, T) || K <- [7919, 1, 10006, 5000]]),
    T2 = lists:foldl(fun delete/2, T, lists:sublist(Keys, 2500)),
    erlang:display(length(to_list(T2, []))),
    erlang:display(lookup(7919, T2)),
    erlang:display(height(T2)).
