-module(pat_if).
-export([main/1]).
%% if expressions: first true guard wins, guard sequences with ; and ,
%% and guards that raise exceptions count as false.
grade(S) ->
    if S >= 90 -> a;
       S >= 80 -> b;
       S >= 70, S < 80 -> c;
       S < 0; S > 100 -> invalid;
       true -> f
    end.
safe(X) ->
    if hd(X) =:= 1 -> starts_with_one;
       length(X) > 2 -> long;
       element(1, X) =:= t -> tuple_t;
       true -> other
    end.
main(_) ->
    erlang:display([grade(S) || S <- [95, 90, 85, 75, 70, 65, -1, 101, 100]]),
    erlang:display([safe(X) || X <- [[1, 2], [2, 3, 4], {t, 1}, {u}, [], atom, "abc"]]),
    erlang:display([if X > 2 -> big; true -> small end || X <- [1, 2, 3, 2.5, a]]).
