-module(mon_info).
-export([main/1]).
%% process_info monitors / monitored_by: a monitor shows as
%% {process, Pid} in the watcher's monitors and the watcher in the target's
%% monitored_by; both go away after demonitor and after the 'DOWN'.
main(_) ->
    Me = self(),
    P = spawn(fun() -> receive stop -> ok end end),
    {monitors, M0} = process_info(self(), monitors),
    erlang:display({before, M0}),
    R = monitor(process, P),
    {monitors, M1} = process_info(self(), monitors),
    erlang:display({monitors, M1 =:= [{process, P}]}),
    {monitored_by, B1} = process_info(P, monitored_by),
    erlang:display({monitored_by, B1 =:= [Me]}),
    demonitor(R),
    erlang:display({after_demonitor, process_info(self(), monitors), process_info(P, monitored_by)}),
    R2 = monitor(process, P),
    P ! stop,
    receive {'DOWN', R2, process, P, _} -> ok end,
    erlang:display({after_down, process_info(self(), monitors)}),
    register(mon_info_named, Q = spawn(fun() -> receive stop -> ok end end)),
    R3 = monitor(process, mon_info_named),
    {monitors, M3} = process_info(self(), monitors),
    erlang:display({by_name, M3 =:= [{process, {mon_info_named, node()}}]}),
    demonitor(R3),
    Q ! stop,
    erlang:display(done).
