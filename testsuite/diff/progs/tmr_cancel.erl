-module(tmr_cancel).
-export([main/1]).
%% erlang:cancel_timer/1 of a running timer returns the remaining time in
%% ms (an integer, at most the delay) and the message never comes; a second
%% cancel, a cancel after the timer fired, and a cancel of an unknown ref
%% return false.
main(_) ->
    T = erlang:send_after(1000, self(), should_not_come),
    Left = erlang:cancel_timer(T),
    erlang:display({remaining_int, is_integer(Left)}),
    erlang:display({remaining_range, Left >= 0 andalso Left =< 1000}),
    erlang:display({remaining_close, Left > 500}),
    erlang:display({again, erlang:cancel_timer(T)}),
    T2 = erlang:send_after(10, self(), fired),
    receive fired -> ok end,
    erlang:display({after_fire, erlang:cancel_timer(T2)}),
    erlang:display({unknown, erlang:cancel_timer(make_ref())}),
    T3 = erlang:start_timer(30, self(), st),
    erlang:display({start_timer_cancel, is_integer(erlang:cancel_timer(T3))}),
    erlang:display({nothing_came, receive M -> M after 100 -> none end}),
    erlang:display({badarg, try erlang:cancel_timer(not_a_ref) catch error:E -> E end}),
    erlang:display(done).
