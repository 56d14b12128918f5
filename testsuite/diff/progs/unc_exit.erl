-module(unc_exit).
-export([main/1]).
%% An uncaught exit/1 with a tuple reason.
main(_) ->
    erlang:display(exiting),
    exit({shutdown, because}).
