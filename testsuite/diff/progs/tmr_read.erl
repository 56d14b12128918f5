-module(tmr_read).
-export([main/1]).
%% erlang:read_timer/1 gives the time left (an integer no larger than the
%% delay, decreasing) while the timer runs, and false after it has fired or
%% been cancelled, or for an unknown ref.
main(_) ->
    T = erlang:send_after(400, self(), ring),
    A = erlang:read_timer(T),
    erlang:display({int, is_integer(A)}),
    erlang:display({at_most_delay, A =< 400 andalso A >= 0}),
    receive after 40 -> ok end,
    B = erlang:read_timer(T),
    erlang:display({decreased, B < A}),
    erlang:display({lost_at_least_30, A - B >= 30}),
    receive ring -> ok end,
    erlang:display({after_fire, erlang:read_timer(T)}),
    T2 = erlang:start_timer(500, self(), x),
    _ = erlang:cancel_timer(T2),
    erlang:display({after_cancel, erlang:read_timer(T2)}),
    erlang:display({unknown, erlang:read_timer(make_ref())}),
    erlang:display({badarg, try erlang:read_timer(self()) catch error:E -> E end}),
    erlang:display(done).
