%% spawnwait.erl -- spawn many processes that each wait for a message,
%% then message them all and collect their answers: spawn, a process's
%% memory and waking a parked process.  Argument: processes (default
%% 1,000,000).  Checksum: the sum of the answers.
-module(spawnwait).
-export([main/1]).

main(Args) ->
    N = case Args of [] -> 1000000; [A | _] -> list_to_integer(A) end,
    Self = self(),
    Pids = [spawn(fun() -> receive {go, K} -> Self ! {done, K * 2} end end)
            || _ <- lists:seq(1, N)],
    send_all(Pids, 1),
    erlang:display(collect(N, 0)).

send_all([], _) -> ok;
send_all([P | Ps], K) -> P ! {go, K}, send_all(Ps, K + 1).

collect(0, Acc) -> Acc;
collect(N, Acc) -> receive {done, V} -> collect(N - 1, Acc + V) end.
