-module(lnk_unlink_queued).
-export([main/1]).
%% unlink/1 does not remove an {'EXIT', P, R} message that is already in
%% the queue of a trapping process (here it is known to be there because
%% P's 'DOWN' message, sent after the exit signal, has been received).
main(_) ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive go -> exit(gone) end end),
    R = monitor(process, P),
    P ! go,
    receive {'DOWN', R, process, P, W} -> erlang:display({down, W}) end,
    erlang:display({unlink, unlink(P)}),
    erlang:display({still_queued, receive {'EXIT', P, X} -> X after 0 -> none end}),
    %% Turning trap_exit off does not drop queued EXIT messages either.
    Q = spawn_link(fun() -> exit(second) end),
    RQ = monitor(process, Q),
    receive {'DOWN', RQ, process, Q, _} -> ok end,
    process_flag(trap_exit, false),
    erlang:display({after_trap_off, receive {'EXIT', Q, Y} -> Y after 0 -> none end}),
    erlang:display(done).
