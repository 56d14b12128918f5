%% pingpong.erl -- message round trips between two processes: a send, a
%% selective receive and a context switch each way.  Argument: round
%% trips (default 2,000,000).  Checksum: the sum the echo process returns.
-module(pingpong).
-export([main/1]).

main(Args) ->
    N = case Args of [] -> 2000000; [A | _] -> list_to_integer(A) end,
    Echo = spawn(fun() -> echo(0) end),
    ping(Echo, N),
    Echo ! {stop, self()},
    receive {sum, S} -> erlang:display(S) end.

ping(_Echo, 0) -> ok;
ping(Echo, K) ->
    Echo ! {ping, self(), K},
    receive {pong, K} -> ping(Echo, K - 1) end.

echo(Acc) ->
    receive
        {ping, From, K} -> From ! {pong, K}, echo(Acc + K);
        {stop, From} -> From ! {sum, Acc}
    end.
