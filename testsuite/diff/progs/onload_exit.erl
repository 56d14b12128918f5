-module(onload_exit).
-export([main/1]).
%% An on_load function that exits fails the load as a wrong return value
%% does: status 127, main/1 never runs.
-on_load(init/0).

init() ->
    erlang:display(loading),
    exit(cannot_load).

main(_) ->
    erlang:display(main_ran).
