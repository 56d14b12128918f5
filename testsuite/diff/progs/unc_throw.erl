-module(unc_throw).
-export([main/1]).
%% An uncaught throw from a nested call.
deep(0) -> throw(nobody_catches_this);
deep(N) -> erlang:display(N), deep(N - 1).
main(_) ->
    deep(3).
