-module(ext_halt2_child).
-export([main/1]).
%% halt(Status, [{flush, true}]) from a spawned process after it printed
%% 2,000 lines: all lines reach stdout and the status is 42. main hands the
%% printing over and then waits forever.
main(_) ->
    erlang:display(main_first),
    P = spawn(fun() ->
                      receive go -> ok end,
                      lists:foreach(fun(I) -> erlang:display({line, I, I * I}) end,
                                    lists:seq(1, 2000)),
                      halt(42, [{flush, true}])
              end),
    P ! go,
    receive never -> ok end.
