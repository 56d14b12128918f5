-module(mon_badarg).
-export([main/1]).
%% Bad monitor/2 and demonitor/1,2 arguments are badarg: unknown type,
%% non-pid non-atom item, a pid or atom to demonitor. monitor(process,
%% self()) is allowed and never fires; demonitoring it is true.
id(X) -> X.
t(Name, F) -> erlang:display({Name, try F() catch C:E -> {C, E} end}).
main(_) ->
    t(bad_type, fun() -> monitor(id(proc), self()) end),
    t(int_item, fun() -> monitor(process, id(42)) end),
    t(list_item, fun() -> monitor(process, id([self()])) end),
    t(tuple3_item, fun() -> monitor(process, id({a, b, c})) end),
    t(demonitor_pid, fun() -> demonitor(id(self())) end),
    t(demonitor_atom, fun() -> demonitor(id(foo)) end),
    t(demonitor2_bad, fun() -> demonitor(id(foo), []) end),
    R = monitor(process, self()),
    erlang:display({self_monitor_ref, is_reference(R)}),
    erlang:display({self_no_down, receive {'DOWN', R, _, _, _} -> got after 30 -> none end}),
    erlang:display({self_demonitor, demonitor(R, [info])}),
    erlang:display(done).
