-module(tmr_dead_dest).
-export([main/1]).
%% A timer aimed at a process that has died, or at a name that is not
%% registered when it fires, is set without error and quietly does nothing;
%% a timer to a live process is cancelled automatically when that process
%% exits (read_timer then gives false).
main(_) ->
    {P, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, P, _} -> ok end,
    T1 = erlang:send_after(10, P, to_dead),
    erlang:display({dead_pid_ref, is_reference(T1)}),
    T2 = erlang:send_after(10, tmr_dead_dest_nobody, to_name),
    erlang:display({unregistered_name_ref, is_reference(T2)}),
    receive after 50 -> ok end,
    erlang:display({fired_quietly, erlang:read_timer(T1), erlang:read_timer(T2)}),
    Q = spawn(fun() -> receive stop -> ok end end),
    T3 = erlang:send_after(5000, Q, later),
    erlang:display({running, is_integer(erlang:read_timer(T3))}),
    RQ = monitor(process, Q),
    Q ! stop,
    receive {'DOWN', RQ, process, Q, _} -> ok end,
    erlang:display({cancelled_with_owner, wait_false(T3, 200)}),
    erlang:display({nothing_here, receive M -> M after 0 -> none end}),
    erlang:display(done).
%% The automatic cancel is asynchronous: poll for it.
wait_false(_, 0) -> still_running;
wait_false(T, N) ->
    case erlang:read_timer(T) of
        false -> false;
        _ -> receive after 5 -> wait_false(T, N - 1) end
    end.
