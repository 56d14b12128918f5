-module(ext_child_exit_continue).
-export([main/1]).
%% Spawned processes that end with an uncaught exit (exit/1 with any
%% reason, no error report), or are killed, do not affect main, which goes
%% on and returns normally (status 0).
main(_) ->
    Ws = [spawn_monitor(fun() -> exit({crashed, I}) end) || I <- lists:seq(1, 3)],
    Rs = [receive {'DOWN', R, process, P, W} -> W end || {P, R} <- Ws],
    erlang:display({children_exited, Rs}),
    {K, RK} = spawn_monitor(fun() -> receive never -> ok end end),
    exit(K, kill),
    receive {'DOWN', RK, process, K, WK} -> erlang:display({child_killed, WK}) end,
    _ = spawn(fun() -> exit(unmonitored_crash) end),
    receive after 50 -> ok end,
    erlang:display({main_fine, lists:sum(lists:seq(1, 100))}),
    erlang:display(done).
