-module(mon_flush_race).
-export([main/1]).
%% demonitor(Ref, [flush]) right after telling the target to exit: the
%% 'DOWN' may be on its way or not yet sent, but after the call no 'DOWN'
%% for that ref is ever seen. Repeated 1,000 times.
main(_) ->
    Results = [round() || _ <- lists:seq(1, 1000)],
    erlang:display({rounds, length(Results)}),
    erlang:display({all_true, lists:all(fun(X) -> X =:= true end, Results)}),
    receive after 100 -> ok end,
    erlang:display({stray_downs, count_downs(0)}),
    erlang:display(done).
round() ->
    P = spawn(fun() -> receive stop -> exit(bye) end end),
    R = monitor(process, P),
    P ! stop,
    demonitor(R, [flush]).
count_downs(N) ->
    receive {'DOWN', _, _, _, _} -> count_downs(N + 1) after 0 -> N end.
