-module(lnk_unlink_then_exit).
-export([main/1]).
%% After unlink, the other process's abnormal exit has no effect: no
%% signal kills a non-trapping process, and no {'EXIT', ...} message comes
%% to a trapping one. process_info(P, links) no longer shows the partner.
main(_) ->
    Me = self(),
    P = spawn_link(fun() -> receive die -> exit(bad) end end),
    true = unlink(P),
    {links, LP} = process_info(P, links),
    erlang:display({p_links_after_unlink, length(LP), lists:member(Me, LP)}),
    R = monitor(process, P),
    P ! die,
    receive {'DOWN', R, process, P, W} -> erlang:display({p_down, W}) end,
    erlang:display({main_alive, is_process_alive(self())}),
    process_flag(trap_exit, true),
    Q = spawn_link(fun() -> receive die -> exit(bad2) end end),
    unlink(Q),
    RQ = monitor(process, Q),
    Q ! die,
    receive {'DOWN', RQ, process, Q, W2} -> erlang:display({q_down, W2}) end,
    erlang:display({no_exit_msg, receive {'EXIT', _, _} = M -> M after 30 -> none end}),
    erlang:display(done).
