-module(halt_one).
-export([main/1]).
%% halt(1) gives exit status 1 after the output so far.
main(_) ->
    erlang:display([1, 2, 3]),
    erlang:display(lists:sum([1, 2, 3])),
    halt(1),
    erlang:display(unreachable).
