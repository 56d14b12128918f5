-module(unc_error).
-export([main/1]).
%% An uncaught error/1 ends the program: status 127, "escript: exception
%% error: ..." on stderr, after the output printed so far.
main(_) ->
    erlang:display(before),
    error({my_error, [1, 2, 3]}).
