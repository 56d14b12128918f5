-module(hamt_match).
-export([main/1]).
%% Matching large maps: function heads with several keys, guards with
%% is_map_key and map_size, case clauses falling through missing keys,
%% and the errors when nothing matches.
f(#{1 := A, 40 := B, 100 := C}) -> {three, A, B, C};
f(#{1 := A, 40 := B}) -> {two, A, B};
f(M) when is_map_key(77, M) -> {has77, map_get(77, M)};
f(M) when map_size(M) > 50 -> big;
f(_) -> other.
g(M, K) -> case M of #{K := V} when V > 10 -> {big, V}; #{K := V} -> {small, V}; _ -> none end.
main(_) ->
    M = maps:from_list([{I, I * 2} || I <- lists:seq(1, 45)]),
    erlang:display(f(M)),
    erlang:display(f(M#{100 => x})),
    erlang:display(f(maps:remove(1, M#{77 => y}))),
    erlang:display(f(maps:remove(1, maps:from_list([{I, I} || I <- lists:seq(1, 60)])))),
    erlang:display(f(maps:remove(40, M))),
    erlang:display([g(M, K) || K <- [3, 7, 44, 46]]),
    erlang:display(try #{999 := _} = M catch error:E -> E end),
    erlang:display(try f2(M) catch error:E2 -> E2 end),
    ok.
f2(#{46 := X}) -> X.
