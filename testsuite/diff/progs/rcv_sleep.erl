-module(rcv_sleep).
-export([main/1]).
%% receive after N -> ... end with no clauses sleeps at least N ms (checked
%% with the monotonic clock) and leaves queued messages alone; after 0 does
%% not sleep.
sleep(N) -> receive after N -> ok end.
main(_) ->
    self() ! kept,
    T0 = erlang:monotonic_time(millisecond),
    sleep(60),
    T1 = erlang:monotonic_time(millisecond),
    erlang:display({slept_at_least_60, T1 - T0 >= 60}),
    erlang:display({message_kept, receive kept -> yes after 0 -> no end}),
    sleep(0),
    lists:foreach(fun(_) -> sleep(5) end, lists:seq(1, 6)),
    T2 = erlang:monotonic_time(millisecond),
    erlang:display({six_sleeps_at_least_30, T2 - T1 >= 30}),
    Me = self(),
    %% Two sleepers: the shorter one wakes first.
    _ = spawn(fun() -> sleep(150), Me ! slow end),
    _ = spawn(fun() -> sleep(10), Me ! fast end),
    First = receive M -> M end,
    Second = receive M2 -> M2 end,
    erlang:display({wake_order, First, Second}),
    erlang:display(done).
