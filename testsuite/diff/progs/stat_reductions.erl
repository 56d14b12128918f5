-module(stat_reductions).
-export([main/1]).
%% statistics(reductions) and statistics(exact_reductions) are pairs
%% {Total, SinceLastCall} of non-negative integers; the total never
%% decreases and grows after work; process_info(self(), reductions) is an
%% integer that grows as the process works.
work(0, A) -> A;
work(N, A) -> work(N - 1, A + N rem 7).
main(_) ->
    {T1, S1} = statistics(reductions),
    erlang:display({shape, is_integer(T1), is_integer(S1), T1 >= 0, S1 >= 0}),
    _ = work(100000, 0),
    {T2, _} = statistics(reductions),
    erlang:display({grew, T2 > T1}),
    {E1, ES1} = statistics(exact_reductions),
    erlang:display({exact_shape, is_integer(E1), is_integer(ES1), ES1 >= 0}),
    {reductions, R1} = process_info(self(), reductions),
    _ = work(100000, 0),
    {reductions, R2} = process_info(self(), reductions),
    erlang:display({own_int, is_integer(R1), R2 > R1}),
    Me = self(),
    P = spawn(fun() -> _ = work(50000, 0), Me ! {done, self()}, receive stop -> ok end end),
    receive {done, P} -> ok end,
    {reductions, RP} = process_info(P, reductions),
    erlang:display({child_worked, RP > 0}),
    P ! stop,
    erlang:display(done).
