-module(lnk_exit_self).
-export([main/1]).
%% exit(self(), Reason): when trapping exits it becomes a message
%% {'EXIT', self(), Reason}, also for normal; when not trapping, the
%% process dies with Reason -- even with Reason normal.
down(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, W} -> W end.
main(_) ->
    process_flag(trap_exit, true),
    erlang:display({ret, exit(self(), normal)}),
    receive {'EXIT', P1, W1} -> erlang:display({trapped_normal, P1 =:= self(), W1}) end,
    exit(self(), oops),
    receive {'EXIT', P2, W2} -> erlang:display({trapped_oops, P2 =:= self(), W2}) end,
    process_flag(trap_exit, false),
    Me = self(),
    erlang:display({child_self_normal,
                    down(fun() -> exit(self(), normal), Me ! still_alive, receive _ -> ok end end)}),
    erlang:display({child_self_reason,
                    down(fun() -> exit(self(), bad), Me ! still_alive, receive _ -> ok end end)}),
    erlang:display({no_still_alive, receive still_alive -> wrong after 20 -> none end}),
    erlang:display({child_trapping_self,
                    down(fun() ->
                                 process_flag(trap_exit, true),
                                 exit(self(), normal),
                                 receive {'EXIT', _, normal} -> exit(got_own_exit) end
                         end)}),
    erlang:display(done).
