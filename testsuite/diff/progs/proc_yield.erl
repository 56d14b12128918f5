-module(proc_yield).
-export([main/1]).
%% erlang:yield/0 returns true; processes that yield in a loop still make
%% progress and finish; results are gathered in a fixed order.
loop(0, Acc) -> Acc;
loop(N, Acc) ->
    true = erlang:yield(),
    loop(N - 1, Acc + N).
main(_) ->
    erlang:display({yield, erlang:yield()}),
    Me = self(),
    Ps = [spawn(fun() -> Me ! {self(), loop(K * 100, 0)} end) || K <- lists:seq(1, 8)],
    Rs = [receive {P, R} -> R end || P <- Ps],
    erlang:display({results, Rs}),
    erlang:display({main_yields, length([erlang:yield() || _ <- lists:seq(1, 1000)])}),
    erlang:display(done).
