-module(tmr_many).
-export([main/1]).
%% 1,000 timers with delays in five groups (0, 50, 100, 150, 200 ms):
%% all fire, and every message of an earlier group arrives before any of a
%% later group; cancelling every other one leaves exactly half.
main(_) ->
    Ts = [erlang:send_after((I rem 5) * 50, self(), {t, I rem 5, I}) || I <- lists:seq(1, 1000)],
    Got = [receive {t, G, I} -> {G, I} after 2000 -> lost end || _ <- Ts],
    Groups = [G || {G, _} <- Got],
    erlang:display({count, length(Got)}),
    erlang:display({groups_sorted, Groups =:= lists:sort(Groups)}),
    erlang:display({checksum, lists:sum([I || {_, I} <- Got])}),
    Ts2 = [erlang:send_after(300, self(), {u, I}) || I <- lists:seq(1, 200)],
    Cancelled = [erlang:cancel_timer(T) || {T, I} <- lists:zip(Ts2, lists:seq(1, 200)), I rem 2 =:= 0],
    erlang:display({cancelled, length([C || C <- Cancelled, is_integer(C)])}),
    receive after 450 -> ok end,
    Left = drain([]),
    erlang:display({left, length(Left), lists:all(fun(I) -> I rem 2 =:= 1 end, Left)}),
    erlang:display(done).
drain(Acc) -> receive {u, I} -> drain([I | Acc]) after 0 -> lists:reverse(Acc) end.
