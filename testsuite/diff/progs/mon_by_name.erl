-module(mon_by_name).
-export([main/1]).
%% monitor(process, Name) for a registered name: the 'DOWN' message names
%% the process as {Name, Node} with Node =:= node(); a name that is not
%% registered gives an immediate 'DOWN' with noproc; {Name, node()} works
%% too.
main(_) ->
    P = spawn(fun() -> receive {die, R} -> exit(R) end end),
    true = register(mon_by_name_srv, P),
    Ref = monitor(process, mon_by_name_srv),
    P ! {die, gone_away},
    receive
        {'DOWN', Ref, process, {Name, Node}, Why} ->
            erlang:display({down, Name, Node =:= node(), Why})
    end,
    R2 = monitor(process, no_such_registered_name),
    receive
        {'DOWN', R2, process, {N2, Node2}, W2} ->
            erlang:display({unregistered, N2, Node2 =:= node(), W2})
    end,
    Q = spawn(fun() -> receive stop -> ok end end),
    register(mon_by_name_q, Q),
    R3 = monitor(process, {mon_by_name_q, node()}),
    mon_by_name_q ! stop,
    receive
        {'DOWN', R3, process, {N3, Node3}, W3} ->
            erlang:display({tuple_form, N3, Node3 =:= node(), W3})
    end,
    erlang:display({name_gone, whereis(mon_by_name_q)}),
    erlang:display(done).
