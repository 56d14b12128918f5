-module(proc_spawn_mfa).
-export([main/1, worker/3, adder/2]).
%% spawn/3 (spawn(M, F, A)) runs an exported function with the list of
%% arguments; the arity is the length of the list.
worker(Parent, Tag, N) ->
    Parent ! {Tag, lists:seq(1, N)}.
adder(Parent, Acc) ->
    receive
        {add, X} -> adder(Parent, Acc + X);
        stop -> Parent ! {sum, Acc}
    end.
main(_) ->
    P = spawn(proc_spawn_mfa, worker, [self(), first, 4]),
    erlang:display({is_pid, is_pid(P)}),
    receive {first, L} -> erlang:display({first, L}) end,
    _ = spawn(?MODULE, worker, [self(), second, 0]),
    receive {second, L2} -> erlang:display({second, L2}) end,
    A = spawn(?MODULE, adder, [self(), 0]),
    lists:foreach(fun(X) -> A ! {add, X} end, lists:seq(1, 100)),
    A ! stop,
    receive {sum, S} -> erlang:display({sum, S}) end,
    M = list_to_atom("proc_spawn_mfa"),
    F = list_to_atom("worker"),
    _ = spawn(M, F, [self(), third, 2]),
    receive {third, L3} -> erlang:display({third, L3}) end,
    erlang:display(done).
