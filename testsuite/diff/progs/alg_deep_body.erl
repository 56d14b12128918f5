-module(alg_deep_body).
-export([main/1]).
%% Deep body (non-tail) recursion: build a 1,000,000-element list without
%% an accumulator, sum it non-tail-recursively, and map it recursively.
build(0) -> [];
build(N) -> [N | build(N - 1)].
sum([]) -> 0;
sum([H | T]) -> H + sum(T).
dbl([]) -> [];
dbl([H | T]) -> [2 * H | dbl(T)].
depth(0) -> 0;
depth(N) -> 1 + depth(N - 1).
main(_) ->
    L = build(1000000),
    erlang:display(length(L)),
    erlang:display(hd(L)),
    erlang:display(lists:last(L)),
    erlang:display(sum(L)),
    erlang:display(sum(dbl(L))),
    erlang:display(depth(1000000)).
