-module(halt_flush).
-export([main/1]).
%% 20,000 lines of output followed by halt(5): every line must reach
%% stdout before the process ends.
main(_) ->
    lists:foreach(fun(I) -> erlang:display({I, I * I}) end, lists:seq(1, 20000)),
    halt(5).
