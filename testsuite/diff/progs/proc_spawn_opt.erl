-module(proc_spawn_opt).
-export([main/1]).
%% spawn_opt/2 options: link (a link exists), monitor (returns {Pid, Ref}
%% and a 'DOWN' follows), {priority, L}, {min_heap_size, N},
%% {fullsweep_after, N}, and several at once; unknown options are badarg.
id(X) -> X.
main(_) ->
    process_flag(trap_exit, true),
    Me = self(),
    P1 = spawn_opt(fun() -> receive go -> exit(linked_bye) end end, [link]),
    erlang:display({link_pid, is_pid(P1)}),
    {links, L} = process_info(self(), links),
    erlang:display({linked, lists:member(P1, L)}),
    P1 ! go,
    receive {'EXIT', P1, Why1} -> erlang:display({exit_msg, Why1}) end,
    {P2, R2} = spawn_opt(fun() -> exit(mon_bye) end, [monitor]),
    erlang:display({monitor_ret, is_pid(P2), is_reference(R2)}),
    receive {'DOWN', R2, process, P2, Why2} -> erlang:display({down, Why2}) end,
    P3 = spawn_opt(fun() -> Me ! {self(), lists:seq(1, 5)} end,
                   [{min_heap_size, 1000}, {fullsweep_after, 0}]),
    receive {P3, S3} -> erlang:display({heap_opts, S3}) end,
    {P4, R4} = spawn_opt(fun() ->
                                 Me ! {self(), process_info(self(), priority)},
                                 exit(all_opts)
                         end, [link, monitor, {priority, low}]),
    receive {P4, Pr} -> erlang:display({prio, Pr}) end,
    receive {'DOWN', R4, process, P4, W4} -> erlang:display({down4, W4}) end,
    receive {'EXIT', P4, E4} -> erlang:display({exit4, E4}) end,
    erlang:display({bad_opt, try spawn_opt(fun() -> ok end, [id(bogus_option)]) catch error:E -> E end}),
    erlang:display({bad_fun, try spawn_opt(id(notfun), []) catch error:E5 -> E5 end}),
    erlang:display(done).
