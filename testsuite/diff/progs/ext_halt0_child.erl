-module(ext_halt0_child).
-export([main/1]).
%% halt/0 from a spawned process gives status 0, with main still waiting
%% and other processes busy; the child's own output comes first.
spin() -> spin().
main(_) ->
    Me = self(),
    _ = [spawn(fun spin/0) || _ <- [1, 2]],
    _ = spawn(fun() ->
                      receive go -> ok end,
                      lists:foreach(fun(I) -> erlang:display({child_line, I}) end, lists:seq(1, 5)),
                      halt()
              end) ! go,
    receive never -> erlang:display({not_reached, Me}) end.
