-module(mon_many).
-export([main/1]).
%% 2,000 processes each monitored; each exits with its own number; all
%% 2,000 'DOWN' messages are collected by ref.
main(_) ->
    Pairs = [spawn_monitor(fun() -> receive go -> exit(I) end end) || I <- lists:seq(1, 2000)],
    [P ! go || {P, _} <- lists:reverse(Pairs)],
    Ws = [receive {'DOWN', R, process, P, W} -> W end || {P, R} <- Pairs],
    erlang:display({count, length(Ws)}),
    erlang:display({in_order, Ws =:= lists:seq(1, 2000)}),
    erlang:display({sum, lists:sum(Ws)}),
    erlang:display({none_left, receive M -> M after 0 -> none end}),
    erlang:display(done).
