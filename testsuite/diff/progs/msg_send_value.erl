-module(msg_send_value).
-export([main/1]).
%% The value of Pid ! Msg is Msg, so sends chain (A ! B ! M sends M to
%% both); erlang:send/2 returns Msg and erlang:send/3 returns ok.
main(_) ->
    Me = self(),
    P = spawn(fun() -> receive M -> Me ! {echo, M} end end),
    V = P ! Me ! {chained, [1, 2]},
    erlang:display({value, V}),
    receive {chained, L} -> erlang:display({self_got, L}) end,
    receive {echo, E} -> erlang:display({echo, E}) end,
    erlang:display({send2, erlang:send(self(), via_send2)}),
    erlang:display({send3, erlang:send(self(), via_send3, [])}),
    erlang:display({send3_opts, erlang:send(self(), via_opts, [noconnect, nosuspend])}),
    erlang:display({queue, [receive X -> X end || _ <- [1, 2, 3]]}),
    erlang:display({expr_value, case self() ! 7 of 7 -> seven end}),
    receive 7 -> ok end,
    erlang:display(done).
