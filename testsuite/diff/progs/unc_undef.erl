-module(unc_undef).
-export([main/1]).
%% An uncaught undef from calling a module that does not exist.
id(X) -> X.
main(_) ->
    erlang:display(calling_missing),
    (id(no_such_module_here)):go(1).
