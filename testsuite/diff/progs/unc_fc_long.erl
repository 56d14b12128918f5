-module(unc_fc_long).
-export([main/1]).
%% An uncaught function_clause whose arguments do not fit after the error
%% text: erl_error moves the call to a line of its own, so the first line
%% of stderr ends after "matching".
main(_) ->
    f(lists:seq(1, 30), {point, 1.5, 2.25}, "a string argument").

f(a, _, _) -> a.
