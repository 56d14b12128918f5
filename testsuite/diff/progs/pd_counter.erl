-module(pd_counter).
-export([main/1]).
%% The process dictionary as mutable state: counters updated in a loop,
%% word frequencies, and a memo table.
incr(K) -> put(K, case get(K) of undefined -> 1; N -> N + 1 end).
count_words([]) -> ok;
count_words([W | Ws]) -> incr({word, W}), count_words(Ws).
main(_) ->
    lists:foreach(fun(_) -> incr(ticks) end, lists:seq(1, 100000)),
    erlang:display(get(ticks)),
    count_words(["a", "b", "a", "c", "b", "a"]),
    erlang:display(lists:sort([{W, N} || {{word, W}, N} <- get()])),
    [put({sq, I}, I * I) || I <- lists:seq(1, 1000)],
    erlang:display(lists:sum([V || {{sq, _}, V} <- get()])),
    erlang:display(length(get())),
    [erase({sq, I}) || I <- lists:seq(1, 1000, 2)],
    erlang:display(length(get())),
    erlang:display(get({sq, 500})),
    erlang:display(get({sq, 501})).
