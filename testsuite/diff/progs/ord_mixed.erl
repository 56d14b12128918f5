-module(ord_mixed).
-export([main/1]).
%% The full term order: number < atom < tuple < list (no refs, funs,
%% ports, pids or binaries here), on a shuffled mixed list.
main(_) ->
    L = [[b], {a, b}, 3, zed, 1.5, [], {}, "abc", -10, {z}, [a | b], abc, 1 bsl 80, -(1 bsl 80),
         {a, a, a}, [[]], 2.0, 2, false, {[]}, [1, 2], [1], '', -0.5],
    S = lists:sort(L),
    lists:foreach(fun(X) -> erlang:display(X) end, S),
    erlang:display(lists:reverse(lists:sort(fun(A, B) -> A >= B end, L)) =:= S),
    erlang:display(lists:usort(L ++ L) =:= lists:usort(L)),
    erlang:display([{X < Y, X > Y} || {X, Y} <- [{1, a}, {a, {}}, {{}, []}, {[], [0]}, {1.0e300, a}, {{z}, {a, a}}]]).
