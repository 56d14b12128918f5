-module(bif_unique).
-export([main/1]).
%% erlang:unique_integer/0,1: integers, all different; positive ones
%% above 0; monotonic ones strictly increasing, in one process and across
%% processes; bad options are badarg.  The values themselves differ from
%% run to run and are not printed.
id(X) -> X.
t(F) ->
    try F() of V -> {value, is_integer(V)}
    catch C:R:St -> {C, R, hd(St)}
    end.
increasing([A, B | T]) -> A < B andalso increasing([B | T]);
increasing(_) -> true.
main(_) ->
    L = [erlang:unique_integer() || _ <- lists:seq(1, 1000)],
    erlang:display({integers, lists:all(fun is_integer/1, L)}),
    erlang:display({distinct, length(lists:usort(L)) =:= 1000}),
    P = [erlang:unique_integer([positive]) || _ <- lists:seq(1, 1000)],
    erlang:display({positive, lists:all(fun(X) -> X > 0 end, P), length(lists:usort(P))}),
    M = [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 1000)],
    erlang:display({monotonic, increasing(M)}),
    PM = [erlang:unique_integer([positive, monotonic]) || _ <- lists:seq(1, 1000)],
    erlang:display({positive_monotonic, increasing(PM), hd(PM) > 0}),
    erlang:display({repeated_option, is_integer(erlang:unique_integer([positive, positive]))}),
    erlang:display({empty, is_integer(erlang:unique_integer([]))}),
    Self = self(),
    Kids = [spawn(fun() -> Self ! {self(), [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 100)]} end)
            || _ <- lists:seq(1, 4)],
    All = lists:append([receive {K, Xs} -> Xs end || K <- Kids]),
    erlang:display({across_processes, length(lists:usort(All)) =:= 400}),
    Before = erlang:unique_integer([monotonic]),
    erlang:display({later_is_larger, lists:all(fun(X) -> X < Before end, All)}),
    [erlang:display(t(F)) || F <- [fun() -> erlang:unique_integer(id([foo])) end,
                                   fun() -> erlang:unique_integer(id(positive)) end,
                                   fun() -> erlang:unique_integer(id([positive | monotonic])) end,
                                   fun() -> erlang:unique_integer(id(["positive"])) end,
                                   fun() -> erlang:unique_integer(id([monotonic])) end]].
