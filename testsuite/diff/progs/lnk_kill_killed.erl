-module(lnk_kill_killed).
-export([main/1]).
%% exit(P, kill) kills P even when P traps exits; P's reason is killed,
%% so its linked trapping partner gets {'EXIT', P, killed} and its monitor
%% says killed.
main(_) ->
    process_flag(trap_exit, true),
    Me = self(),
    P1 = spawn_link(fun() -> receive _ -> ok end end),
    exit(P1, kill),
    receive {'EXIT', P1, W1} -> erlang:display({not_trapping, W1}) end,
    P2 = spawn_link(fun() -> process_flag(trap_exit, true), Me ! ready, loop() end),
    receive ready -> ok end,
    R2 = monitor(process, P2),
    exit(P2, kill),
    receive {'EXIT', P2, W2} -> erlang:display({trapping, W2}) end,
    receive {'DOWN', R2, process, P2, D2} -> erlang:display({down, D2}) end,
    %% exit(self(), kill) kills even a trapping process.
    P3 = spawn_link(fun() -> process_flag(trap_exit, true), exit(self(), kill), loop() end),
    receive {'EXIT', P3, W3} -> erlang:display({self_kill, W3}) end,
    erlang:display(done).
loop() -> receive _ -> loop() end.
