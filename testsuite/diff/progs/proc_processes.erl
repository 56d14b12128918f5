-module(proc_processes).
-export([main/1]).
%% processes/0 lists live processes: it includes self() and a waiting
%% child, and soon no longer includes the child after it has exited (an
%% exiting process is still listed, so this polls after the 'DOWN').
main(_) ->
    Ps0 = processes(),
    erlang:display({is_list, is_list(Ps0)}),
    erlang:display({all_pids, lists:all(fun erlang:is_pid/1, Ps0)}),
    erlang:display({has_self, lists:member(self(), Ps0)}),
    C = spawn(fun() -> receive stop -> ok end end),
    erlang:display({has_child, lists:member(C, processes())}),
    Kids = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 50)],
    Ps1 = processes(),
    erlang:display({has_all_kids, lists:all(fun(K) -> lists:member(K, Ps1) end, Kids)}),
    R = monitor(process, C),
    C ! stop,
    receive {'DOWN', R, process, C, _} -> ok end,
    erlang:display({child_gone, wait_gone(C, 200)}),
    lists:foreach(fun(K) -> K ! stop end, Kids),
    erlang:display(done).
wait_gone(_, 0) -> still_listed;
wait_gone(C, N) ->
    case lists:member(C, processes()) of
        false -> true;
        true -> receive after 5 -> wait_gone(C, N - 1) end
    end.
