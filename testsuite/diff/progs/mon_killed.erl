-module(mon_killed).
-export([main/1]).
%% A process killed with exit(P, kill) is reported as killed in 'DOWN',
%% whether or not it traps exits; exit(P, Reason) gives Reason.
main(_) ->
    Me = self(),
    P1 = spawn(fun() -> receive never -> ok end end),
    R1 = monitor(process, P1),
    exit(P1, kill),
    receive {'DOWN', R1, process, P1, W1} -> erlang:display({plain, W1}) end,
    P2 = spawn(fun() -> process_flag(trap_exit, true), Me ! ready, loop() end),
    R2 = monitor(process, P2),
    receive ready -> ok end,
    exit(P2, kill),
    receive {'DOWN', R2, process, P2, W2} -> erlang:display({trapping, W2}) end,
    P3 = spawn(fun() -> receive never -> ok end end),
    R3 = monitor(process, P3),
    exit(P3, {shutdown, reason}),
    receive {'DOWN', R3, process, P3, W3} -> erlang:display({reason, W3}) end,
    erlang:display(done).
loop() -> receive _ -> loop() end.
