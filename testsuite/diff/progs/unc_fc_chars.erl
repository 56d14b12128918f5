-module(unc_fc_chars).
-export([main/1]).
%% An uncaught function_clause whose arguments are all character codes:
%% erl_error prints them as numbers, not as the string the argument list
%% would print as.
main(_) ->
    f(104, 105, 33).

f(_, _, 0) -> zero.
