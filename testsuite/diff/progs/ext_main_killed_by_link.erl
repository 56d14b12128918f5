-module(ext_main_killed_by_link).
-export([main/1]).
%% main (not trapping exits) is linked to a child that exits with reason
%% boom: main is killed by the exit signal, not by an exception, so escript
%% does not catch it; erl prints {"init terminating in do_boot",boom} on
%% stdout and exits with status 1.
main(_) ->
    P = spawn_link(fun() -> receive go -> exit(boom) end end),
    erlang:display(linked),
    P ! go,
    receive never -> erlang:display(not_reached) end.
