-module(unc_throw_pp).
-export([main/1]).
%% An uncaught throw prints the value as ~p does, from the column after
%% "exception throw: ": a string, atoms that need quotes, floats.
main(_) ->
    throw({"text", 'maybe', 'else', 'end', 'a b', 'A', -0.0, 100.0, 1.0e-5}).
