-module(mon_demonitor_opts).
-export([main/1]).
%% demonitor/2 options: [flush] removes a queued 'DOWN' for the ref;
%% [info] returns true when the monitor was active, false when it had
%% already fired or been removed; [flush, info]; [] is like demonitor/1;
%% unknown options are badarg.
id(X) -> X.
fired() ->
    {P, R} = spawn_monitor(fun() -> ok end),
    R2 = monitor(process, P),
    receive {'DOWN', R2, process, P, _} -> ok end,   % so R's 'DOWN' is queued
    R.
active() ->
    P = spawn(fun() -> receive stop -> ok end end),
    {P, monitor(process, P)}.
left(R) -> receive {'DOWN', R, _, _, _} -> queued after 0 -> gone end.
main(_) ->
    Ra = fired(),
    erlang:display({flush, demonitor(Ra, [flush]), left(Ra)}),
    Rb = fired(),
    erlang:display({info_fired, demonitor(Rb, [info]), left(Rb)}),
    {Pc, Rc} = active(),
    erlang:display({info_active, demonitor(Rc, [info])}),
    erlang:display({info_again, demonitor(Rc, [info])}),
    Pc ! stop,
    Rd = fired(),
    erlang:display({flush_info_fired, demonitor(Rd, [flush, info]), left(Rd)}),
    {Pe, Re} = active(),
    erlang:display({flush_info_active, demonitor(Re, [flush, info]), left(Re)}),
    Pe ! stop,
    Rf = fired(),
    erlang:display({empty_opts, demonitor(Rf, []), left(Rf)}),
    erlang:display({info_unknown_ref, demonitor(make_ref(), [info])}),
    erlang:display({bad_opt, try demonitor(make_ref(), [id(bogus)]) catch error:E -> E end}),
    erlang:display({bad_list, try demonitor(make_ref(), id(flush)) catch error:E2 -> E2 end}),
    erlang:display(done).
