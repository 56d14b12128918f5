-module(rcv_save_pointer).
-export([main/1]).
%% The receive save pointer: a receive that skips 20,000 non-matching
%% messages and blocks, then matches a message that arrives later, must
%% still see every old message afterwards, in order; repeated selective
%% receives over a long queue all work.
main(_) ->
    Me = self(),
    [self() ! {skip, I} || I <- lists:seq(1, 20000)],
    P = spawn(fun() -> receive go -> Me ! wanted end end),
    %% This receive scans all 20,000, blocks, then P's message arrives.
    P ! go,
    R = receive wanted -> got_wanted end,
    erlang:display({matched_later, R}),
    erlang:display(process_info(self(), message_queue_len)),
    %% Take every 1000th first, by value, out of the middle.
    Picked = [receive {skip, K} -> K end || K <- lists:seq(1000, 20000, 1000)],
    erlang:display({picked, length(Picked), lists:sum(Picked)}),
    Rest = drain([]),
    erlang:display({rest, length(Rest), Rest =:= [I || I <- lists:seq(1, 20000), I rem 1000 =/= 0]}),
    %% A timeout after scanning: the messages are still there.
    [self() ! {old, I} || I <- lists:seq(1, 100)],
    erlang:display({timed_out, receive new -> new after 10 -> timeout end}),
    erlang:display({old_kept, length(drain([]))}),
    erlang:display(done).
drain(Acc) -> receive {_, I} -> drain([I | Acc]) after 0 -> lists:reverse(Acc) end.
