%% procmem.erl -- memory per process: spawns processes that each wait for
%% a message, keeps them all alive at once, then stops them.  The table's
%% peak RSS, less that of the startup row, divided by the processes, is
%% the memory a process costs.  Argument: processes (default 200,000).
%% Checksum: how many answered.
-module(procmem).
-export([main/1]).

main(Args) ->
    N = case Args of [] -> 200000; [A | _] -> list_to_integer(A) end,
    Self = self(),
    Pids = [spawn(fun() -> receive stop -> Self ! stopped end end)
            || _ <- lists:seq(1, N)],
    [P ! stop || P <- Pids],
    erlang:display(count(N, 0)).

count(0, Acc) -> Acc;
count(K, Acc) -> receive stopped -> count(K - 1, Acc + 1) end.
