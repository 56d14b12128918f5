-module(halt_in_catch).
-export([main/1]).
%% halt inside catch and inside an exception handler still halts, and the
%% status is the one given.
main(_) ->
    erlang:display(catch throw(first)),
    try error(oops)
    catch error:oops ->
        erlang:display(handling),
        catch halt(7)
    end,
    erlang:display(not_reached).
