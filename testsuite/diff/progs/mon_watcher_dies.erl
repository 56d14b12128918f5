-module(mon_watcher_dies).
-export([main/1]).
%% When the monitoring process exits, its monitors go away: the target's
%% monitored_by soon no longer lists it (polled: the removal is a signal
%% from the dying watcher, not ordered with its 'DOWN' to main), and the
%% target is unaffected.
main(_) ->
    Me = self(),
    T = spawn(fun() -> receive stop -> Me ! stopped end end),
    {W, RW} = spawn_monitor(fun() ->
                                    _ = monitor(process, T),
                                    Me ! {self(), monitoring},
                                    receive go -> exit(watcher_done) end
                            end),
    receive {W, monitoring} -> ok end,
    {monitored_by, B1} = process_info(T, monitored_by),
    erlang:display({watched, lists:member(W, B1)}),
    W ! go,
    receive {'DOWN', RW, process, W, Why} -> erlang:display({watcher_down, Why}) end,
    erlang:display({unwatched, wait_unwatched(T, W, 200)}),
    erlang:display({target_alive, is_process_alive(T)}),
    T ! stop,
    receive stopped -> erlang:display(target_stopped) end,
    erlang:display(done).
wait_unwatched(_, _, 0) -> still_watched;
wait_unwatched(T, W, N) ->
    {monitored_by, B} = process_info(T, monitored_by),
    case lists:member(W, B) of
        false -> true;
        true -> receive after 5 -> wait_unwatched(T, W, N - 1) end
    end.
