-module(rcv_ref_marker).
-export([main/1]).
%% Ref = make_ref(), send, then receive {Ref, _}: erlc 25 compiles this
%% with recv_marker_reserve/bind/use, so the receive may skip messages that
%% were queued before the ref was made. 5,000 junk messages are queued
%% first; each call still gets its own reply, and the junk stays queued in
%% order.
call(Server, Req) ->
    Ref = make_ref(),
    Server ! {self(), Ref, Req},
    receive
        {Ref, Reply} -> Reply
    end.
server() ->
    receive
        {From, Ref, {add, A, B}} -> From ! {Ref, A + B}, server();
        {From, Ref, stop} -> From ! {Ref, stopped}
    end.
main(_) ->
    S = spawn(fun server/0),
    [self() ! {junk, I} || I <- lists:seq(1, 5000)],
    %% A stale reply with a different ref must not be taken.
    self() ! {make_ref(), stale},
    Rs = [call(S, {add, I, I}) || I <- lists:seq(1, 200)],
    erlang:display({replies, length(Rs), lists:sum(Rs)}),
    erlang:display({stop, call(S, stop)}),
    erlang:display(process_info(self(), message_queue_len)),
    Junk = [receive {junk, J} -> J end || _ <- lists:seq(1, 5000)],
    erlang:display({junk_in_order, Junk =:= lists:seq(1, 5000)}),
    erlang:display({stale_left, receive {R, stale} when is_reference(R) -> yes after 0 -> no end}),
    erlang:display(done).
