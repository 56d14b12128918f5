-module(unc_exit_normal).
-export([main/1]).
%% Even exit(normal) escaping main/1 is reported and gives status 127.
main(_) ->
    erlang:display(exit_normal),
    exit(normal).
