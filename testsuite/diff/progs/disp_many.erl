-module(disp_many).
-export([main/1]).
%% Many display calls with terms of growing size: a stress test of output.
main(_) ->
    lists:foreach(fun(N) -> erlang:display(lists:seq(1, N rem 50)) end, lists:seq(1, 5000)),
    lists:foreach(fun(N) -> erlang:display(1 bsl N) end, lists:seq(0, 2000, 10)),
    erlang:display(done).
