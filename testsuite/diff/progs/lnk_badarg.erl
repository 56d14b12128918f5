-module(lnk_badarg).
-export([main/1]).
%% link/1 and unlink/1 of non-pids are badarg; link/1 of a dead pid is
%% error:noproc when not trapping exits; unlink/1 of a dead pid is true.
id(X) -> X.
t(Name, F) -> erlang:display({Name, try F() catch C:E -> {C, E} end}).
main(_) ->
    P = spawn(fun() -> ok end),
    R = monitor(process, P),
    receive {'DOWN', R, process, P, _} -> ok end,
    t(link_atom, fun() -> link(id(foo)) end),
    t(link_int, fun() -> link(id(1)) end),
    t(unlink_atom, fun() -> unlink(id(foo)) end),
    t(unlink_tuple, fun() -> unlink(id({a, b})) end),
    t(link_dead, fun() -> link(P) end),
    t(unlink_dead, fun() -> unlink(P) end),
    {links, L} = process_info(self(), links),
    erlang:display({links_unchanged, lists:member(P, L)}),
    erlang:display({no_message, receive M -> M after 50 -> none end}),
    erlang:display(done).
