-module(msg_ring).
-export([main/1]).
%% A ring of 1,000 processes; a token goes round 20 times, each process
%% adding its index; then a stop message goes round and every process ends.
node_loop(Next, Idx) ->
    receive
        {token, Laps, Acc} -> Next ! {token, Laps, Acc + Idx}, node_loop(Next, Idx);
        stop -> Next ! stop
    end.
main(_) ->
    N = 1000,
    Me = self(),
    %% Build the ring: the last process forwards to main, which closes it.
    First = lists:foldl(fun(I, Next) -> spawn(fun() -> node_loop(Next, I) end) end,
                        Me, lists:seq(N, 1, -1)),
    First ! {token, 20, 0},
    Total = relay(First, 20, 0),
    erlang:display({total, Total}),
    First ! stop,
    receive stop -> erlang:display(ring_stopped) end,
    erlang:display(done).
%% main sits between the last and the first process, counting laps.
relay(First, Laps, _) ->
    receive
        {token, Laps, Acc} when Laps > 1 -> First ! {token, Laps - 1, Acc}, relay(First, Laps - 1, Acc);
        {token, 1, Acc} -> Acc
    end.
