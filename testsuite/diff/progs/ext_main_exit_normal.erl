-module(ext_main_exit_normal).
-export([main/1]).
%% exit(normal) raised in main is an uncaught exit exception for escript:
%% status 127 and "exception exit: normal", even with a linked child
%% (which, not trapping, is not hurt by the normal exit).
main(_) ->
    C = spawn_link(fun() -> receive never -> ok end end),
    erlang:display({child_alive, is_process_alive(C)}),
    erlang:display(exiting_normal),
    exit(normal).
