-module(tmr_send_after).
-export([main/1]).
%% erlang:send_after/3 returns a reference; the message arrives after the
%% delay: not within 10 ms of a 100 ms timer, but within 2 s; to a
%% registered name; with delay 0 it arrives promptly.
main(_) ->
    T = erlang:send_after(100, self(), tick),
    erlang:display({is_ref, is_reference(T)}),
    erlang:display({early, receive tick -> arrived after 10 -> not_yet end}),
    erlang:display({later, receive tick -> arrived after 2000 -> lost end}),
    erlang:display({once, receive tick -> twice after 150 -> once end}),
    register(tmr_send_after_me, self()),
    _ = erlang:send_after(20, tmr_send_after_me, {named, [1, 2]}),
    erlang:display({to_name, receive {named, L} -> L after 2000 -> lost end}),
    _ = erlang:send_after(0, self(), zero),
    erlang:display({zero, receive zero -> arrived after 2000 -> lost end}),
    Me = self(),
    Child = spawn(fun() -> receive {from_timer, X} -> Me ! {child_got, X} end end),
    _ = erlang:send_after(30, Child, {from_timer, 42}),
    erlang:display(receive {child_got, V} -> {child_got, V} after 2000 -> lost end),
    erlang:display(done).
