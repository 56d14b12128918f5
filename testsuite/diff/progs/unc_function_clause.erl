-module(unc_function_clause).
-export([main/1]).
%% main/1 with no matching clause (the program is run without arguments).
main([_]) ->
    erlang:display(one_arg).
