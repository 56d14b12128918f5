-module(ext_halt_child).
-export([main/1]).
%% halt(3) called in a spawned process ends the whole program at once with
%% status 3, while main is blocked in a receive that would never end; the
%% output printed before is all there.
main(_) ->
    Me = self(),
    P = spawn(fun() ->
                      receive go -> ok end,
                      erlang:display(child_halting),
                      halt(3)
              end),
    erlang:display({main_waiting, is_pid(Me)}),
    P ! go,
    receive never -> erlang:display(not_reached) end.
