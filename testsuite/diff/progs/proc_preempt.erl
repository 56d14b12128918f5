-module(proc_preempt).
-export([main/1]).
%% A process in an endless busy loop (no receive, no BIF that blocks) is
%% preempted: with it running, other processes (and main, even on one
%% scheduler) still run and finish; then it is killed.
spin(N) -> spin((N * 7 + 1) rem 1000003).
main(_) ->
    Me = self(),
    Busy = [spawn(fun() -> spin(K) end) || K <- lists:seq(1, 4)],
    Rs = monitor_all(Busy),
    Workers = [spawn(fun() -> Me ! {self(), lists:sum(lists:seq(1, K * 1000))} end)
               || K <- lists:seq(1, 5)],
    Results = [receive {W, S} -> S end || W <- Workers],
    erlang:display({workers, Results}),
    erlang:display({busy_alive, lists:all(fun erlang:is_process_alive/1, Busy)}),
    lists:foreach(fun(B) -> exit(B, kill) end, Busy),
    Reasons = [receive {'DOWN', R, process, _, Why} -> Why end || R <- Rs],
    erlang:display({busy_killed, Reasons}),
    erlang:display(done).
monitor_all(Ps) -> [monitor(process, P) || P <- Ps].
