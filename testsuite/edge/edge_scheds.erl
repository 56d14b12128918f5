-module(edge_scheds).
-export([main/1]).
%% The scheduler count the runtime was started with, and work spread
%% over the schedulers giving the same answers whatever their number.
work(K) -> lists:foldl(fun(I, A) -> (A * 31 + I * K) rem 1000003 end, K, lists:seq(1, 200000)).
main(_) ->
    erlang:display({schedulers, erlang:system_info(schedulers),
                    erlang:system_info(schedulers_online)}),
    Me = self(),
    Ps = [spawn(fun() -> Me ! {self(), work(K)} end) || K <- lists:seq(1, 8)],
    erlang:display([receive {P, R} -> R end || P <- Ps]).
