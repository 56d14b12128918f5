-module(edge_abort).
-export([main/1]).
%% Displays 3 lines, then kills itself with SIGABRT (halt(abort)).
main(_) ->
    erlang:display(one),
    erlang:display({two, [2]}),
    erlang:display("three"),
    erlang:halt(abort).
