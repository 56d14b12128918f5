-module(exc_loop).
-export([main/1]).
%% Using exceptions for control flow in loops: early exit from a fold,
%% collecting errors, and a retry counter.
find_first(P, L) ->
    try lists:foreach(fun(X) -> case P(X) of true -> throw({found, X}); false -> ok end end, L), none
    catch throw:{found, X} -> {found, X} end.
safe_div(L) ->
    [try 100 div X catch error:badarith -> infinity end || X <- L].
retry(0, _) -> gave_up;
retry(N, F) -> try F(N) catch throw:again -> retry(N - 1, F) end.
main(_) ->
    erlang:display(find_first(fun(X) -> X * X > 50 end, lists:seq(1, 100))),
    erlang:display(find_first(fun(X) -> X > 1000 end, lists:seq(1, 100))),
    erlang:display(safe_div([1, 0, 3, 0, -7])),
    erlang:display(retry(5, fun(N) when N > 2 -> throw(again); (N) -> {succeeded_at, N} end)),
    erlang:display(retry(3, fun(_) -> throw(again) end)),
    Count = lists:foldl(fun(I, Acc) -> try throw(I) catch throw:V -> Acc + V end end, 0, lists:seq(1, 100000)),
    erlang:display(Count).
