-module(mon_down_order).
-export([main/1]).
%% A 'DOWN' message comes after all messages the monitored process sent
%% before exiting, so a receive that waits for the 'DOWN' can then read the
%% process's last messages with after 0.
main(_) ->
    Me = self(),
    {P, R} = spawn_monitor(fun() -> [Me ! {item, I} || I <- lists:seq(1, 500)], exit(finished) end),
    receive {'DOWN', R, process, P, W} -> erlang:display({down, W}) end,
    Items = drain([]),
    erlang:display({items_before_down, length(Items), Items =:= lists:seq(1, 500)}),
    erlang:display(done).
drain(Acc) -> receive {item, I} -> drain([I | Acc]) after 0 -> lists:reverse(Acc) end.
