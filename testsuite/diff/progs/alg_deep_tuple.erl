-module(alg_deep_tuple).
-export([main/1]).
%% Deeply nested data: a 100,000-deep nested tuple and list built and
%% walked recursively, and a deep term compared with itself.
nest(0, Acc) -> Acc;
nest(N, Acc) -> nest(N - 1, {N, Acc}).
walk({N, Rest}) -> N + walk(Rest);
walk(leaf) -> 0.
lnest(0) -> [];
lnest(N) -> [lnest(N - 1)].
ldepth([]) -> 0;
ldepth([X]) -> 1 + ldepth(X).
main(_) ->
    T = nest(100000, leaf),
    erlang:display(walk(T)),
    erlang:display(element(1, T)),
    erlang:display(T =:= nest(100000, leaf)),
    erlang:display(T < nest(100000, leaf2)),
    L = lnest(100000),
    erlang:display(ldepth(L)),
    erlang:display(L == lnest(100000)),
    erlang:display(lists:flatten(L)),
    erlang:display(nest(5, leaf)).
