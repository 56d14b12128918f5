-module(exc_classes).
-export([main/1]).
%% The three classes: error, exit, throw, caught by try with class
%% patterns, including catch-all clauses and the default class throw.
raise(error) -> error(my_error);
raise(exit) -> exit(my_exit);
raise(throw) -> throw(my_throw);
raise(none) -> no_exception.
main(_) ->
    lists:foreach(fun(K) ->
                      erlang:display(try raise(K) of V -> {returned, V} catch C:R -> {caught, C, R} end)
                  end, [error, exit, throw, none]),
    erlang:display(try raise(throw) catch R1 -> {default_is_throw, R1} end),
    erlang:display(try raise(error) catch throw:_ -> wrong; error:R2 -> {error_clause, R2} end),
    erlang:display(try raise(exit) catch error:_ -> wrong; exit:R3 -> {exit_clause, R3} end),
    erlang:display(try throw({complex, [1, 2], "x"}) catch throw:{complex, L, S} -> {L, S} end),
    erlang:display(try exit(normal) catch exit:normal -> exit_normal_caught end),
    erlang:display(try error({tuple, reason}) catch error:{tuple, X} -> X end).
