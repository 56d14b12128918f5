-module(map_big).
-export([main/1]).
%% Maps of more than 32 keys (a hash trie, in erl and in beamc):
%% built by from_list, by => in a loop and by maps:put, updated with :=
%% and maps:update, shrunk by remove, merged, compared, and used as keys;
%% printed only through sorted lists, sizes and sums, since their
%% iteration order is erl's hash order.
id(X) -> X.
sorted(M) -> lists:sort(maps:to_list(M)).
build(0, M) -> M;
build(N, M) -> build(N - 1, M#{N => N * 2}).
bump(0, M) -> M;
bump(N, M) -> #{N := V} = M, bump(N - 1, M#{N := V + 1}).
main(_) ->
    L = [{I, {v, I}} || I <- lists:seq(1, 100)],
    M = maps:from_list(L),
    erlang:display(map_size(M)),
    erlang:display(sorted(M) =:= L),
    erlang:display(lists:sort(maps:keys(M)) =:= lists:seq(1, 100)),
    erlang:display([maps:get(K, M) || K <- [1, 33, 64, 100]]),
    erlang:display(maps:find(101, M)),
    B = build(id(1000), #{}),
    erlang:display({map_size(B), maps:get(500, B), maps:get(1000, B)}),
    erlang:display(lists:sum(maps:values(B))),
    B2 = bump(id(1000), B),
    erlang:display(lists:sum(maps:values(B2)) - lists:sum(maps:values(B))),
    B3 = lists:foldl(fun(K, Acc) -> maps:remove(K, Acc) end, B2, lists:seq(1, 1000, 2)),
    erlang:display({map_size(B3), maps:is_key(1, B3), maps:is_key(2, B3)}),
    erlang:display(lists:sublist(sorted(B3), 3)),
    Atoms = maps:from_list([{list_to_atom("k" ++ integer_to_list(I)), I} || I <- lists:seq(1, 40)]),
    erlang:display(lists:sort(maps:to_list(maps:filter(fun(_, V) -> V rem 10 =:= 0 end, Atoms)))),
    erlang:display(maps:fold(fun(_, V, S) -> V + S end, 0, Atoms)),
    Merged = maps:merge(M, maps:from_list([{I, new} || I <- lists:seq(90, 140)])),
    erlang:display({map_size(Merged), maps:get(89, Merged), maps:get(90, Merged), maps:get(140, Merged)}),
    M2 = maps:put(50, changed, M),
    erlang:display({M2 == M, M2 < M, M2 > M, maps:get(50, M2)}),
    erlang:display(maps:update(1, x, M) =:= M#{1 := x}),
    erlang:display(maps:merge(M, #{}) =:= M),
    erlang:display(maps:from_list(lists:reverse(L)) =:= M),
    erlang:display(M =:= maps:from_list(L ++ [{1.0, float}]) orelse map_size(M)),
    Keyed = #{M => big_key, #{} => empty_key},
    erlang:display(maps:get(maps:from_list(lists:reverse(L)), Keyed)),
    erlang:display(maps:take(100, M) =:= {{v, 100}, maps:remove(100, M)}),
    Up = M#{1 := one, 2 := two, 200 => twohundred},
    erlang:display({map_size(Up), maps:get(1, Up), maps:get(200, Up)}),
    erlang:display(try M#{101 := x} catch error:R -> R end),
    W = maps:with(lists:seq(1, 100, 10), M),
    erlang:display(sorted(W)),
    erlang:display(map_size(maps:without(lists:seq(1, 50), M))),
    Mixed = maps:from_list([{I, I} || I <- lists:seq(1, 20)] ++ [{float(I), f} || I <- lists:seq(1, 20)]),
    erlang:display({map_size(Mixed), maps:get(7, Mixed), maps:get(7.0, Mixed)}),
    It = maps:iterator(M),
    {_, _, It2} = maps:next(It),
    erlang:display(length(element(2, lists:foldl(fun(_, {I, Acc}) -> {K, _, I2} = maps:next(I), {I2, [K | Acc]} end, {It2, []}, lists:seq(1, 99))))).
