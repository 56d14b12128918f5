-module(alg_deep_10m).
-export([main/1]).
%% Body recursion 10,000,000 calls deep: build a 10M-element list without
%% an accumulator, then sum it and measure it with non-tail recursion.
build(0) -> [];
build(N) -> [N | build(N - 1)].
sum([]) -> 0;
sum([H | T]) -> H + sum(T).
depth(0) -> 0;
depth(N) -> 1 + depth(N - 1).
main(_) ->
    L = build(10000000),
    erlang:display(length(L)),
    erlang:display(sum(L)),
    erlang:display(depth(10000000)).
