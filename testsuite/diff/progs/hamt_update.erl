-module(hamt_update).
-export([main/1]).
%% Updates of large maps: put and => add and replace, := and
%% maps:update replace, remove and take shrink (back to a flatmap at 32
%% pairs, collapsing trie nodes on the way as erl does), merge in every
%% combination of sizes, pattern matching and the errors.
id(X) -> X.
err(F) -> try F() catch C:R -> {C, R} end.
build(0, M) -> M;
build(N, M) -> build(N - 1, M#{N => N}).
shrink(M, []) -> M;
shrink(M, [K | Ks]) -> shrink(maps:remove(K, M), Ks).
main(_) ->
    M = build(40, #{}),
    erlang:display(M),
    erlang:display(M#{10 := ten, 24 := twenty_four}),
    erlang:display(maps:update(33, x, M)),
    erlang:display(M#{41 => new, 1.0 => float_one}),
    erlang:display(maps:put(1, same, M)),
    erlang:display(maps:remove(10, M)),
    erlang:display(shrink(M, [35, 36, 10])),
    erlang:display(shrink(M, lists:seq(1, 8))),
    erlang:display(shrink(M, lists:seq(1, 7))),
    erlang:display(maps:take(20, M)),
    erlang:display(maps:take(99, M)),
    erlang:display(maps:remove(99, M) =:= M),
    Small = #{<<"a">> => 1, 5 => five, 100 => hundred},
    erlang:display(maps:merge(M, Small)),
    erlang:display(maps:merge(Small, M)),
    erlang:display(maps:merge(build(20, #{}), maps:from_list([{I, b} || I <- lists:seq(15, 35)]))),
    erlang:display(maps:merge(M, maps:from_list([{I, c} || I <- lists:seq(30, 80)]))),
    #{7 := Seven, 40 := Forty} = M,
    erlang:display({Seven, Forty}),
    erlang:display(case M of #{41 := _} -> yes; #{39 := V} -> {no, V} end),
    erlang:display(err(fun() -> (id(M))#{99 := x} end)),
    erlang:display(err(fun() -> (id(M))#{98 => y, 99 := x, 97 := z} end)),
    erlang:display(err(fun() -> maps:update(99, x, M) end)),
    erlang:display(err(fun() -> maps:get(99, M) end)),
    erlang:display(maps:get(99, M, default)),
    erlang:display(maps:find(12, M)),
    erlang:display(maps:is_key(12, M)),
    erlang:display(map_size(M#{0.0 => z, -0.0 => mz})),
    erlang:display(maps:get(-0.0, M#{0.0 => z})),
    ok.
