-module(stat_queues).
-export([main/1]).
%% statistics(run_queue) and total_run_queue_lengths are non-negative
%% integers; run_queue_lengths is a list of them;
%% statistics(context_switches) is {N, 0}; an unknown item is badarg.
id(X) -> X.
nonneg(X) -> is_integer(X) andalso X >= 0.
main(_) ->
    erlang:display({run_queue, nonneg(statistics(run_queue))}),
    erlang:display({total_run_queue_lengths, nonneg(statistics(total_run_queue_lengths))}),
    L = statistics(run_queue_lengths),
    erlang:display({run_queue_lengths, is_list(L), L =/= [], lists:all(fun nonneg/1, L)}),
    {CS, Zero} = statistics(context_switches),
    erlang:display({context_switches, nonneg(CS), Zero}),
    Me = self(),
    _ = [spawn(fun() -> Me ! x end) || _ <- lists:seq(1, 20)],
    [receive x -> ok end || _ <- lists:seq(1, 20)],
    {CS2, _} = statistics(context_switches),
    erlang:display({switched, CS2 > CS}),
    erlang:display({bad_item, try statistics(id(no_such_statistic)) catch error:E -> E end}),
    erlang:display(done).
