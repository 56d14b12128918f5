-module(rcv_bad_timeout_uncaught).
-export([main/1]).
%% An uncaught bad receive timeout in main: escript reports
%% "exception error: bad receive timeout value" and exits with 127, while
%% a spawned process is still waiting.
id(X) -> X.
main(_) ->
    _ = spawn(fun() -> receive never -> ok end end),
    erlang:display(before),
    receive
        never -> ok
    after id(-10) -> erlang:display(not_reached)
    end.
