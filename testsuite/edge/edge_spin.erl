-module(edge_spin).
-export([main/1]).
%% Displays 5 lines, the last one "done", then spins until killed.
main(_) ->
    [erlang:display({line, I}) || I <- lists:seq(1, 4)],
    erlang:display(done),
    spin(0).
spin(N) -> spin(N + 1).
