-module(proc_exit_normal).
-export([main/1, ret/1]).
%% A process whose function returns ends with reason normal, whatever the
%% return value; exit(normal) too; exit(Reason) ends it with Reason (no
%% error report for exit/1).
ret(X) -> X.
down(P) ->
    R = monitor(process, P),
    receive {'DOWN', R, process, P, Why} -> Why end.
main(_) ->
    erlang:display({returns_atom, down(spawn(?MODULE, ret, [ok]))}),
    erlang:display({returns_tuple, down(spawn(?MODULE, ret, [{error, x}]))}),
    erlang:display({exit_normal, down(spawn(fun() -> exit(normal) end))}),
    erlang:display({exit_reason, down(spawn(fun() -> exit({shutdown, 7}) end))}),
    erlang:display({exit_big, down(spawn(fun() -> exit(1 bsl 70) end))}),
    erlang:display({exit_caught, down(spawn(fun() -> catch exit(inner) end))}),
    erlang:display({self_alive, is_process_alive(self())}),
    erlang:display(done).
