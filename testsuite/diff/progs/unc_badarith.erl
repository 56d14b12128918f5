-module(unc_badarith).
-export([main/1]).
%% An uncaught badarith from a division by zero computed at run time.
id(X) -> X.
main(_) ->
    L = [10, 5, 0],
    lists:foreach(fun(D) -> erlang:display(100 div id(D)) end, L).
