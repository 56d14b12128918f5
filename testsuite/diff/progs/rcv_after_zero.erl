-module(rcv_after_zero).
-export([main/1]).
%% receive ... after 0: takes a matching message if one is queued, else
%% times out at once; non-matching messages stay; a flush loop empties the
%% mailbox.
poll() -> receive {ok, X} -> {got, X} after 0 -> timeout end.
flush(N) -> receive _ -> flush(N + 1) after 0 -> N end.
main(_) ->
    erlang:display({empty, poll()}),
    self() ! {ok, 1},
    erlang:display({one, poll()}),
    erlang:display({again, poll()}),
    self() ! other, self() ! {ok, 2},
    erlang:display({skip_other, poll()}),
    erlang:display(process_info(self(), message_queue_len)),
    [self() ! I || I <- lists:seq(1, 500)],
    erlang:display({flushed, flush(0)}),
    erlang:display(process_info(self(), message_queue_len)),
    erlang:display({after_only, receive after 0 -> zero end}),
    erlang:display(done).
