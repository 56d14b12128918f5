-module(rcv_timeout).
-export([main/1]).
%% A message sent 100 ms from now: a receive with after 10 times out (the
%% message is not lost), a receive with after 2000 gets it.
main(_) ->
    Me = self(),
    P = spawn(fun() -> receive after 100 -> Me ! late end end),
    R1 = receive late -> too_early after 10 -> timed_out end,
    erlang:display({short_wait, R1}),
    R2 = receive late -> arrived after 2000 -> timed_out end,
    erlang:display({long_wait, R2}),
    erlang:display({sender, is_pid(P)}),
    %% after N in a loop: each wait is short, the message still arrives.
    _ = spawn(fun() -> receive after 150 -> Me ! later end end),
    Polls = poll_until(0),
    erlang:display({polled_several, Polls > 1}),
    erlang:display({time_after_timeout, receive after 20 -> slept end}),
    erlang:display(done).
poll_until(N) ->
    receive later -> N + 1 after 5 -> poll_until(N + 1) end.
