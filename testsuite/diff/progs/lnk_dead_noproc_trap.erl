-module(lnk_dead_noproc_trap).
-export([main/1]).
%% link/1 to a dead pid while trapping exits returns true and delivers
%% {'EXIT', Pid, noproc}; no link is left behind.
main(_) ->
    process_flag(trap_exit, true),
    P = spawn(fun() -> ok end),
    R = monitor(process, P),
    receive {'DOWN', R, process, P, _} -> ok end,
    erlang:display({link_dead, link(P)}),
    receive
        {'EXIT', From, Why} -> erlang:display({exit_msg, From =:= P, Why})
    after 1000 -> erlang:display(no_exit_msg)
    end,
    {links, L} = process_info(self(), links),
    erlang:display({link_left, lists:member(P, L)}),
    erlang:display({again, link(P)}),
    receive {'EXIT', P, W2} -> erlang:display({exit_msg2, W2}) after 1000 -> erlang:display(none2) end,
    erlang:display({nothing_else, receive X -> X after 20 -> none end}),
    erlang:display(done).
