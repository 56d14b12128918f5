-module(mon_demonitor).
-export([main/1]).
%% demonitor/1 removes a monitor (no 'DOWN' follows) and returns true,
%% also for a monitor already removed or fired, and for any reference;
%% a 'DOWN' already delivered stays in the queue after demonitor/1.
main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    R = monitor(process, P),
    erlang:display({demonitor, demonitor(R)}),
    P ! stop,
    R1 = monitor(process, spawn(fun() -> ok end)),
    receive {'DOWN', R1, _, _, _} -> ok end,
    erlang:display({no_down_after_demonitor, receive {'DOWN', R, _, _, _} -> got after 30 -> none end}),
    erlang:display({demonitor_twice, demonitor(R)}),
    erlang:display({demonitor_fired, demonitor(R1)}),
    erlang:display({demonitor_fresh_ref, demonitor(make_ref())}),
    {Q, RQ} = spawn_monitor(fun() -> exit(quit) end),
    R3 = monitor(process, Q),
    receive {'DOWN', R3, process, Q, _} -> ok end,
    erlang:display({demonitor_after_down, demonitor(RQ)}),
    erlang:display({down_still_queued, receive {'DOWN', RQ, process, Q, W} -> W after 0 -> none end}),
    erlang:display({badarg, try demonitor(self()) catch error:E -> E end}),
    erlang:display(done).
