-module(tmr_start_timer).
-export([main/1]).
%% erlang:start_timer/3 sends {timeout, TimerRef, Msg}, with TimerRef the
%% reference it returned; to another process too; Msg can be any term.
main(_) ->
    T = erlang:start_timer(30, self(), {payload, 1.5, [a]}),
    receive
        {timeout, R, Msg} ->
            erlang:display({same_ref, R =:= T}),
            erlang:display({msg, Msg})
    after 2000 -> erlang:display(lost)
    end,
    Me = self(),
    P = spawn(fun() ->
                      receive {timeout, R2, M2} -> Me ! {child, is_reference(R2), M2} end
              end),
    _ = erlang:start_timer(10, P, for_child),
    receive {child, IsRef, M} -> erlang:display({child, IsRef, M}) after 2000 -> erlang:display(lost2) end,
    Ts = [erlang:start_timer(5 * I, self(), I) || I <- lists:seq(1, 10)],
    Got = [receive {timeout, Ti, I} -> I after 2000 -> lost end || Ti <- Ts],
    erlang:display({ten, Got}),
    erlang:display(done).
