-module(mon_spawn_monitor).
-export([main/1, job/1]).
%% spawn_monitor/1 and /3 return {Pid, Ref}; the 'DOWN' carries the exit
%% reason, or normal when the function returns.
job(X) -> exit({job, X}).
main(_) ->
    {P, R} = spawn_monitor(fun() -> exit(fun_reason) end),
    erlang:display({shape, is_pid(P), is_reference(R)}),
    receive {'DOWN', R, process, P, W} -> erlang:display({fun_down, W}) end,
    {P2, R2} = spawn_monitor(?MODULE, job, [7]),
    receive {'DOWN', R2, process, P2, W2} -> erlang:display({mfa_down, W2}) end,
    {P3, R3} = spawn_monitor(fun() -> 1 + 1 end),
    receive {'DOWN', R3, process, P3, W3} -> erlang:display({returned, W3}) end,
    Pairs = [spawn_monitor(fun() -> exit(I) end) || I <- lists:seq(1, 10)],
    Ws = [receive {'DOWN', Ri, process, Pi, Wi} -> Wi end || {Pi, Ri} <- Pairs],
    erlang:display({ten, Ws}),
    erlang:display(done).
