-module(unc_badarity).
-export([main/1]).
%% An uncaught badarity: erl_error names the fun by its function and
%% arity and says how many arguments it was called with.
main(_) ->
    F = id(fun(X, Y) -> {X, Y} end),
    F(1, 2, 3).

id(X) -> X.
