-module(unc_fc_terms).
-export([main/1]).
%% An uncaught function_clause whose arguments (floats, a string with a
%% quote, atoms that need quotes, nested lists) fit on one line only when
%% the call starts a line of its own: erl_error moves it there, so the
%% first line of stderr ends after "matching", and the output before the
%% exception stays on stdout.
main(_) ->
    erlang:display(start),
    f(1.0, -2.5, "ab\"c", 'case', [x, [-7, 0.1]], 'Q a').

f(X, _, _, _, _, _) when is_atom(X) -> X.
