-module(alg_tail_loop).
-export([main/1]).
%% A tail-recursive loop of 100,000,000 iterations with small-integer
%% arithmetic, plus shorter loops with several accumulators.
loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, (Acc + N) band 16#FFFFFFF).
loop3(0, A, B, C) -> {A, B, C};
loop3(N, A, B, C) -> loop3(N - 1, B, C, (A + B + C) rem 1000003).
main(_) ->
    erlang:display(loop(100000000, 0)),
    erlang:display(loop3(10000000, 0, 1, 2)).
