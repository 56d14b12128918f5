-module(proc_info_dead).
-export([main/1]).
%% process_info/1,2 on a process that has exited gives undefined, for a
%% single item and for a list; bad items or non-pids give badarg.
id(X) -> X.
main(_) ->
    P = spawn(fun() -> ok end),
    R = monitor(process, P),
    receive {'DOWN', R, process, P, normal} -> ok end,
    erlang:display({info1, process_info(P)}),
    erlang:display({status, process_info(P, status)}),
    erlang:display({list, process_info(P, [status, links])}),
    erlang:display({empty_list, process_info(self(), [])}),
    erlang:display({bad_item, try process_info(self(), id(bogus)) catch error:E1 -> E1 end}),
    erlang:display({bad_pid, try process_info(id(notapid)) catch error:E2 -> E2 end}),
    erlang:display({bad_pid2, try process_info(id(42), status) catch error:E3 -> E3 end}),
    erlang:display({bad_in_list, try process_info(self(), id([status, bogus])) catch error:E4 -> E4 end}),
    erlang:display({dead_bad_item, try process_info(P, id(bogus)) catch error:E5 -> E5 end}),
    erlang:display(done).
