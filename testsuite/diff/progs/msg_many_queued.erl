-module(msg_many_queued).
-export([main/1]).
%% 100,000 messages queued to one process before it reads any: the queue
%% length is exact, and they come out in the order sent.
main(_) ->
    N = 100000,
    lists:foreach(fun(I) -> self() ! {n, I} end, lists:seq(1, N)),
    erlang:display(process_info(self(), message_queue_len)),
    erlang:display({drained_ok, drain(1, N)}),
    erlang:display(process_info(self(), message_queue_len)),
    Me = self(),
    P = spawn(fun() -> receive go -> Me ! {count, count(0)} end end),
    lists:foreach(fun(I) -> P ! I end, lists:seq(1, N)),
    P ! go,
    receive {count, C} -> erlang:display({child_counted, C}) end,
    erlang:display(done).
drain(I, N) when I > N -> true;
drain(I, N) ->
    receive
        {n, I} -> drain(I + 1, N);
        Other -> {out_of_order, I, Other}
    end.
count(C) ->
    receive
        I when is_integer(I) -> count(C + I)
    after 0 -> C
    end.
