-module(proc_self_alive).
-export([main/1]).
%% self/0 and is_process_alive/1: alive while waiting, not alive once the
%% process has finished (seen after its 'DOWN').
main(_) ->
    Me = self(),
    erlang:display({self_is_pid, is_pid(Me)}),
    erlang:display({self_alive, is_process_alive(Me)}),
    erlang:display({self_stable, Me =:= self()}),
    P = spawn(fun() -> Me ! {self(), my_self}, receive stop -> ok end end),
    receive {P, my_self} -> erlang:display(child_knows_own_pid) end,
    erlang:display({child_alive, is_process_alive(P)}),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, Why} -> erlang:display({down, Why}) end,
    erlang:display({child_alive_after, is_process_alive(P)}),
    Q = spawn(fun() -> ok end),
    R2 = monitor(process, Q),
    receive {'DOWN', R2, process, Q, _} -> ok end,
    erlang:display({quick_child_alive, is_process_alive(Q)}),
    erlang:display({badarg, try is_process_alive(self_atom) catch error:E -> E end}),
    erlang:display(done).
