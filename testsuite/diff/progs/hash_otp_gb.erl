-module(hash_otp_gb).
-export([main/1]).
%% gb_trees and gb_sets (balanced trees in the term order, no hashing)
%% beside phash2: keys of mixed types, their trees printed as they are,
%% iterators, rebalancing after deletions, and phash2 of the trees (equal
%% trees built the same way hash the same, as in erl).
id(X) -> X.
keys(N) -> [case K rem 3 of 0 -> K; 1 -> {k, K}; 2 -> integer_to_list(K) end || K <- lists:seq(1, N)].
main(_) ->
    T1 = lists:foldl(fun(K, T) -> gb_trees:insert(K, erlang:phash2(K), T) end, gb_trees:empty(), keys(40)),
    erlang:display({tree, gb_trees:size(T1), gb_trees:to_list(T1)}),
    erlang:display({structure, T1}),
    erlang:display({hash, erlang:phash2(T1), erlang:phash2(gb_trees:balance(T1))}),
    T2 = lists:foldl(fun gb_trees:delete/2, T1, lists:sublist(keys(40), 5, 25)),
    erlang:display({deleted, gb_trees:keys(T2), gb_trees:values(T2), gb_trees:balance(T2)}),
    erlang:display({lookups, gb_trees:lookup(id({k, 7}), T1), gb_trees:lookup(id(nope), T1),
                    gb_trees:smallest(T1), gb_trees:largest(T1)}),
    It = gb_trees:iterator_from(id(20), T1),
    erlang:display({iter, walk(It, 6)}),
    S1 = gb_sets:from_list([erlang:phash2(K, 100) || K <- keys(80)]),
    erlang:display({set, gb_sets:size(S1), gb_sets:to_list(S1), erlang:phash2(S1)}),
    S2 = gb_sets:from_list(lists:seq(0, 99, 3)),
    erlang:display({set_ops, gb_sets:to_list(gb_sets:intersection(S1, S2)),
                    gb_sets:to_list(gb_sets:subtract(S2, S1)), gb_sets:is_subset(S2, S1)}),
    erlang:display({filtered, gb_sets:to_list(gb_sets:filter(fun(E) -> E rem 2 =:= 0 end, S1))}),
    erlang:display({structure, gb_sets:from_ordset([a, b, c, d, e, f, g])}).
walk(_, 0) -> [];
walk(It, N) ->
    case gb_trees:next(It) of
        none -> [];
        {K, V, It1} -> [{K, V} | walk(It1, N - 1)]
    end.
