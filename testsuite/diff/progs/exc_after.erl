-module(exc_after).
-export([main/1]).
%% try ... after: the after block runs on normal return, on caught and on
%% uncaught-in-this-try exceptions; its value is discarded.
id(X) -> X.
t(Mode) ->
    try
        erlang:display({body, Mode}),
        case Mode of
            ok -> id(result);
            throw -> throw(t);
            error -> error(e);
            exit -> exit(x)
        end
    after
        erlang:display({after_runs, Mode}),
        ignored_value
    end.
main(_) ->
    erlang:display(t(ok)),
    erlang:display(catch t(throw)),
    erlang:display(try t(error) catch error:E -> {outer_caught, E} end),
    erlang:display(try t(exit) catch exit:E2 -> {outer_caught, E2} end),
    R = try id(1) of 1 -> one catch _:_ -> caught after erlang:display(after_of) end,
    erlang:display(R),
    R2 = try throw(x) catch throw:x -> handled after erlang:display(after_catch) end,
    erlang:display(R2),
    erlang:display(try try throw(inner) after erlang:display(inner_after) end
                   catch throw:V -> {got, V} after erlang:display(outer_after) end).
