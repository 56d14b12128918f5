-module(tmr_options).
-export([main/1]).
%% erlang:cancel_timer/2 and read_timer/2 options: {info, false} returns
%% ok; {async, true} returns ok and sends {cancel_timer, Ref, Result} or
%% {read_timer, Ref, Result}; {async, true} with {info, false} sends
%% nothing; unknown options are badarg.
id(X) -> X.
main(_) ->
    T1 = erlang:send_after(1000, self(), no),
    erlang:display({info_false, erlang:cancel_timer(T1, [{info, false}])}),
    erlang:display({then_read, erlang:read_timer(T1)}),
    T2 = erlang:send_after(1000, self(), no),
    erlang:display({async, erlang:cancel_timer(T2, [{async, true}])}),
    receive {cancel_timer, R2, Left} ->
            erlang:display({async_msg, R2 =:= T2, is_integer(Left) andalso Left =< 1000})
    end,
    T3 = erlang:send_after(1000, self(), no),
    erlang:display({async_noinfo, erlang:cancel_timer(T3, [{async, true}, {info, false}])}),
    erlang:display({no_msg, receive {cancel_timer, _, _} = M -> M after 50 -> none end}),
    erlang:display({read_async, erlang:read_timer(T3, [{async, true}])}),
    receive {read_timer, R3, V3} -> erlang:display({read_async_msg, R3 =:= T3, V3}) end,
    T4 = erlang:send_after(1000, self(), no),
    erlang:display({read_sync_opt, is_integer(erlang:read_timer(T4, [{async, false}]))}),
    erlang:display({cancel_sync_info, is_integer(erlang:cancel_timer(T4, [{async, false}, {info, true}]))}),
    erlang:display({cancel_again_async, erlang:cancel_timer(T4, [{async, true}])}),
    receive {cancel_timer, R4, V4} -> erlang:display({again_msg, R4 =:= T4, V4}) end,
    erlang:display({bad_opt, try erlang:cancel_timer(T4, [id(bogus)]) catch error:E -> E end}),
    erlang:display({nothing_fired, receive no -> fired after 0 -> none end}),
    erlang:display(done).
