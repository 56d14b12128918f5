-module(ext_halt_from_deep).
-export([main/1]).
%% halt(7) from a process deep inside a chain of spawned processes (each
%% waiting for its child) ends everything at once with status 7; catch and
%% try around it do not stop it.
chain(0) ->
    erlang:display(bottom_reached),
    try halt(7) after erlang:display(after_should_not_run) end;
chain(N) ->
    Me = self(),
    _ = spawn(fun() -> Me ! {result, chain(N - 1)} end),
    receive {result, R} -> R end.
main(_) ->
    erlang:display(start),
    R = (catch chain(50)),
    erlang:display({not_reached, R}).
