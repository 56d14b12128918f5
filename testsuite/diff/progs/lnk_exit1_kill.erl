-module(lnk_exit1_kill).
-export([main/1]).
%% exit(kill) (exit/1, not a kill signal) ends the process with reason
%% kill, and its link partners get an ordinary exit signal with reason
%% kill: a trapping partner sees {'EXIT', P, kill}; a non-trapping partner
%% dies with reason kill (not killed), and its own partners see kill.
main(_) ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> exit(kill) end),
    receive {'EXIT', P, W} -> erlang:display({trapped, W}) end,
    Me = self(),
    Mid = spawn_link(fun() ->
                             C = spawn_link(fun() -> receive go -> exit(kill) end end),
                             Me ! {self(), child, C},
                             receive never -> ok end
                     end),
    R = monitor(process, Mid),
    Child = receive {Mid, child, C} -> C end,
    Child ! go,
    receive {'DOWN', R, process, Mid, D} -> erlang:display({middle_down, D}) end,
    receive {'EXIT', Mid, E} -> erlang:display({middle_exit, E}) end,
    erlang:display({child_alive, is_process_alive(Child)}),
    erlang:display(done).
