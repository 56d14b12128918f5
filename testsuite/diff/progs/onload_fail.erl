-module(onload_fail).
-export([main/1]).
%% An on_load function that returns anything but ok fails the load:
%% escript stops with "Internal error: {badmatch,{error,on_load_failure}}"
%% and status 127, and main/1 never runs.  (An atom is the result erl
%% reports nothing for; other values get a logger report that escript
%% only sometimes prints before it halts.)
-on_load(init/0).

init() ->
    erlang:display(loading),
    not_ok.

main(_) ->
    erlang:display(main_ran).
