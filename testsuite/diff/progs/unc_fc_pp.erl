-module(unc_fc_pp).
-export([main/1]).
%% An uncaught function_clause prints the arguments as io_lib's ~p does,
%% on the line of the error text when they fit there: floats in their
%% shortest form (1.0, not display's 1.000000e+00), a reserved word
%% quoted, a string in double quotes.
main(_) ->
    f(1.0, -2.5, 'case', "a").

f(X, _, _, _) when is_atom(X) -> X.
