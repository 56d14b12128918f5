-module(fun_lists).
-export([main/1]).
%% Funs passed to lists functions: map, filter, foldl, foldr, any, all,
%% sort/2, zipwith, flatmap, dropwhile, partition.
main(_) ->
    L = lists:seq(1, 10),
    erlang:display(lists:map(fun(X) -> X * X end, L)),
    erlang:display(lists:filter(fun(X) -> X rem 3 =:= 0 end, L)),
    erlang:display(lists:foldl(fun(X, {E, O}) when X rem 2 =:= 0 -> {E + X, O}; (X, {E, O}) -> {E, O + X} end, {0, 0}, L)),
    erlang:display(lists:foldr(fun(X, Acc) -> [X, Acc] end, nil, [1, 2, 3])),
    erlang:display(lists:any(fun(X) -> X > 9 end, L)),
    erlang:display(lists:all(fun is_integer/1, L)),
    erlang:display(lists:sort(fun(A, B) -> A rem 4 =< B rem 4 end, L)),
    erlang:display(lists:zipwith(fun(A, B) -> {A, B} end, L, lists:reverse(L))),
    erlang:display(lists:flatmap(fun(X) -> [X, -X] end, [1, 2, 3])),
    erlang:display(lists:partition(fun(X) -> X < 4 end, L)),
    erlang:display(lists:map(fun({K, V}) -> {V, K} end, [{a, 1}, {b, 2}])),
    erlang:display(lists:foldl(fun(F, Acc) -> F(Acc) end, 1, [fun(X) -> X + 1 end, fun(X) -> X * 10 end, fun(X) -> X - 3 end])).
