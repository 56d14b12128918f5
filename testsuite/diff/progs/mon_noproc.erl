-module(mon_noproc).
-export([main/1]).
%% Monitoring a process that has already exited gives a reference and an
%% immediate {'DOWN', Ref, process, Pid, noproc}; so does a monitor set up
%% right after an exit signal that kills the target (signals from one
%% sender are processed in order).
main(_) ->
    {P, R0} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R0, process, P, normal} -> ok end,
    R = monitor(process, P),
    erlang:display({is_ref, is_reference(R)}),
    receive {'DOWN', R, process, P2, Why} -> erlang:display({down, P2 =:= P, Why}) end,
    R2 = monitor(process, P),
    erlang:display({new_ref, R2 =/= R}),
    receive {'DOWN', R2, process, P, W2} -> erlang:display({down_again, W2}) end,
    Q = spawn(fun() -> receive never -> ok end end),
    exit(Q, stop_now),
    RQ = monitor(process, Q),
    receive {'DOWN', RQ, process, Q, WQ} -> erlang:display({after_exit_signal, WQ}) end,
    erlang:display(done).
