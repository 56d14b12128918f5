-module(proc_many_sequential).
-export([main/1]).
%% 20,000 short-lived processes, one after another: each computes and
%% replies before the next is spawned; dead processes are reclaimed.
main(_) ->
    Me = self(),
    S = lists:foldl(fun(I, Acc) ->
                            P = spawn(fun() -> Me ! {self(), I rem 97} end),
                            receive {P, V} -> Acc + V end
                    end, 0, lists:seq(1, 20000)),
    erlang:display({sum, S}),
    Chain = chain(1000, 0),
    erlang:display({chain, Chain}),
    erlang:display(done).
%% Each process spawns the next and waits for its answer.
chain(0, Acc) -> Acc;
chain(N, Acc) ->
    Me = self(),
    P = spawn(fun() -> Me ! {self(), chain(N - 1, Acc + N)} end),
    receive {P, R} -> R end.
