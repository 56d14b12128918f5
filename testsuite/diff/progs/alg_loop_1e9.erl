-module(alg_loop_1e9).
-export([main/1]).
%% A tail-recursive loop of 1,000,000,000 iterations: it must run in
%% constant stack (Erlang and C).
loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc bxor N).
main(_) ->
    erlang:display(loop(1000000000, 0)).
