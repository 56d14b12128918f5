-module(msg_ping_pong).
-export([main/1]).
%% Two processes exchange 10,000 round trips; the counter comes back
%% incremented each time.
pong() ->
    receive
        {ping, From, N} -> From ! {pong, N + 1}, pong();
        stop -> ok
    end.
ping(_, 0, N) -> N;
ping(P, K, N) ->
    P ! {ping, self(), N},
    receive {pong, M} -> ping(P, K - 1, M) end.
main(_) ->
    P = spawn(fun pong/0),
    erlang:display({after_1, ping(P, 1, 0)}),
    erlang:display({after_10000, ping(P, 10000, 0)}),
    Me = self(),
    Q = spawn(fun() -> Me ! {self(), ping(P, 500, 1000)} end),
    receive {Q, R} -> erlang:display({from_other_process, R}) end,
    P ! stop,
    erlang:display(done).
