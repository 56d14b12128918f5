-module(lst_fold).
-export([main/1]).
%% foldl vs foldr order, mapfoldl, all/any, foreach with the process
%% dictionary as an accumulator.
main(_) ->
    L = [1, 2, 3, 4],
    erlang:display(lists:foldl(fun(X, A) -> [X | A] end, [], L)),
    erlang:display(lists:foldr(fun(X, A) -> [X | A] end, [], L)),
    erlang:display(lists:foldl(fun(X, A) -> A - X end, 0, L)),
    erlang:display(lists:foldr(fun(X, A) -> X - A end, 0, L)),
    erlang:display(lists:foldl(fun(X, {Mn, Mx}) -> {min(X, Mn), max(X, Mx)} end, {100, -100}, [5, -3, 42, 7])),
    erlang:display(lists:mapfoldl(fun(X, A) -> {X * 2, A + X} end, 0, L)),
    erlang:display(lists:mapfoldr(fun(X, A) -> {[X | A], [X | A]} end, [], L)),
    erlang:display(lists:all(fun(X) -> X > 0 end, L)),
    erlang:display(lists:any(fun(X) -> X > 3 end, L)),
    erlang:display(lists:all(fun(X) -> X > 9 end, [])),
    put(acc, []),
    lists:foreach(fun(X) -> put(acc, [X * X | get(acc)]) end, L),
    erlang:display(get(acc)),
    erlang:display(lists:foldl(fun(X, A) -> A + X end, 0, lists:seq(1, 1000000))),
    erlang:display(lists:foldr(fun(X, A) -> A + X end, 0, lists:seq(1, 100000))).
