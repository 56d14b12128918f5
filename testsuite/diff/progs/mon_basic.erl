-module(mon_basic).
-export([main/1]).
%% monitor(process, Pid) returns a reference; when the process exits the
%% monitoring process gets {'DOWN', Ref, process, Pid, Reason} once; the
%% monitor does not link (an abnormal exit does not hurt the watcher).
main(_) ->
    P = spawn(fun() -> receive {die, R} -> exit(R) end end),
    Ref = monitor(process, P),
    erlang:display({is_ref, is_reference(Ref)}),
    P ! {die, {bad, thing}},
    receive
        {'DOWN', Ref2, Type, Pid, Reason} ->
            erlang:display({same_ref, Ref2 =:= Ref}),
            erlang:display({type, Type}),
            erlang:display({same_pid, Pid =:= P}),
            erlang:display({reason, Reason})
    end,
    erlang:display({only_once, receive {'DOWN', _, _, _, _} -> twice after 30 -> once end}),
    erlang:display({watcher_alive, is_process_alive(self())}),
    {links, L} = process_info(self(), links),
    erlang:display({not_linked, lists:member(P, L)}),
    Q = spawn(fun() -> ok end),
    RQ = monitor(process, Q),
    receive {'DOWN', RQ, process, Q, W} -> erlang:display({normal_exit, W}) end,
    erlang:display(done).
