-module(halt_255).
-export([main/1]).
%% halt(255), the largest status, from inside a try (the after clause does
%% not run).
main(_) ->
    try
        erlang:display(in_try),
        halt(255)
    after
        erlang:display(after_should_not_run)
    end.
