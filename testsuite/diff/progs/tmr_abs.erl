-module(tmr_abs).
-export([main/1]).
%% send_after/4 and start_timer/4 with {abs, true}: the time is an
%% absolute erlang:monotonic_time(millisecond); a time in the past fires
%% at once (a time in the recent past); {abs, false} is the same as send_after/3; a bad option is
%% badarg.
id(X) -> X.
main(_) ->
    Now = erlang:monotonic_time(millisecond),
    T = erlang:send_after(Now + 80, self(), abs_msg, [{abs, true}]),
    erlang:display({is_ref, is_reference(T)}),
    erlang:display({early, receive abs_msg -> arrived after 10 -> not_yet end}),
    erlang:display({later, receive abs_msg -> arrived after 2000 -> lost end}),
    erlang:display({not_before_deadline, erlang:monotonic_time(millisecond) >= Now + 80}),
    %% Now is about 80 ms in the past by here. (A time before the runtime
    %% started, e.g. Now - 1000 this soon after start, is badarg in erl.)
    _ = erlang:send_after(Now, self(), past, [{abs, true}]),
    erlang:display({past, receive past -> arrived after 2000 -> lost end}),
    T2 = erlang:start_timer(erlang:monotonic_time(millisecond) + 20, self(), st, [{abs, true}]),
    erlang:display({start_timer_abs, receive {timeout, T2, st} -> arrived after 2000 -> lost end}),
    _ = erlang:send_after(20, self(), rel, [{abs, false}]),
    erlang:display({abs_false, receive rel -> arrived after 2000 -> lost end}),
    erlang:display({bad_abs, try erlang:send_after(10, self(), x, [{abs, id(maybe)}]) catch error:E -> E end}),
    erlang:display({bad_time, try erlang:send_after(id(-1), self(), x) catch error:E2 -> E2 end}),
    erlang:display({bad_time_atom, try erlang:start_timer(id(soon), self(), x) catch error:E3 -> E3 end}),
    erlang:display({bad_dest, try erlang:send_after(10, id({a, b}), x) catch error:E4 -> E4 end}),
    erlang:display(done).
