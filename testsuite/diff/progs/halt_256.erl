-module(halt_256).
-export([main/1]).
%% halt(256): the status reaches the shell modulo 256, i.e. 0.
main(_) ->
    erlang:display(status_256),
    halt(256).
