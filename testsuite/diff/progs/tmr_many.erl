-module(tmr_many).
-export([main/1]).
%% 1,000 timers due in five groups (0, 100, 200, 300, 400 ms after a
%% base time 1 s ahead, absolute: a timer made after its group's due
%% time would fire at once, ahead of earlier groups, and making them took
%% over 100 ms in a ThreadSanitizer build on a loaded machine): all fire,
%% and every message of an earlier group arrives before any of a later
%% group; cancelling every other one leaves exactly half.
main(_) ->
    Base = erlang:monotonic_time(millisecond) + 1000,
    Ts = [erlang:send_after(Base + (I rem 5) * 100, self(), {t, I rem 5, I}, [{abs, true}])
          || I <- lists:seq(1, 1000)],
    Got = [receive {t, G, I} -> {G, I} after 2000 -> lost end || _ <- Ts],
    Groups = [G || {G, _} <- Got],
    erlang:display({count, length(Got)}),
    erlang:display({groups_sorted, Groups =:= lists:sort(Groups)}),
    erlang:display({checksum, lists:sum([I || {_, I} <- Got])}),
    Ts2 = [erlang:send_after(500, self(), {u, I}) || I <- lists:seq(1, 200)],
    Cancelled = [erlang:cancel_timer(T) || {T, I} <- lists:zip(Ts2, lists:seq(1, 200)), I rem 2 =:= 0],
    erlang:display({cancelled, length([C || C <- Cancelled, is_integer(C)])}),
    receive after 650 -> ok end,
    Left = drain([]),
    erlang:display({left, length(Left), lists:all(fun(I) -> I rem 2 =:= 1 end, Left)}),
    erlang:display(done).
drain(Acc) -> receive {u, I} -> drain([I | Acc]) after 0 -> lists:reverse(Acc) end.
