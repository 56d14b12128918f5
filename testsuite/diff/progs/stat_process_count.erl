-module(stat_process_count).
-export([main/1]).
%% system_info(process_count) follows spawns and exits: it goes up by at
%% least 1,000 while 1,000 children wait (no other program activity), and
%% comes back down once they have exited (polled: an exiting process is
%% still counted for a moment).
main(_) ->
    C0 = erlang:system_info(process_count),
    Ps = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 1000)],
    C1 = erlang:system_info(process_count),
    erlang:display({up_by_1000, C1 - C0 >= 1000}),
    Rs = [monitor(process, P) || P <- Ps],
    [P ! stop || P <- Ps],
    [receive {'DOWN', R, process, _, _} -> ok end || R <- Rs],
    erlang:display({back_down, wait_below(C0 + 1000, 200)}),
    erlang:display(done).
wait_below(_, 0) -> still_high;
wait_below(Limit, N) ->
    case erlang:system_info(process_count) < Limit of
        true -> true;
        false -> receive after 5 -> wait_below(Limit, N - 1) end
    end.
