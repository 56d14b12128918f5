-module(lnk_spawn_link_normal).
-export([main/1]).
%% A linked process that exits normally does not hurt a non-trapping
%% partner; a trapping partner gets {'EXIT', Pid, normal}.
main(_) ->
    P = spawn_link(fun() -> ok end),
    R = monitor(process, P),
    receive {'DOWN', R, process, P, Why} -> erlang:display({child_down, Why}) end,
    erlang:display({main_alive, is_process_alive(self())}),
    erlang:display({no_message, receive M -> M after 20 -> none end}),
    process_flag(trap_exit, true),
    Q = spawn_link(fun() -> ok end),
    receive {'EXIT', Q, W} -> erlang:display({trapped, W}) end,
    Q2 = spawn_link(fun() -> exit(normal) end),
    receive {'EXIT', Q2, W2} -> erlang:display({trapped_exit_normal, W2}) end,
    erlang:display(done).
