-module(halt_zero).
-export([main/1]).
%% halt/0 ends the program with status 0 at once; nothing after it runs.
main(_) ->
    erlang:display(before_halt),
    halt(),
    erlang:display(never_printed).
