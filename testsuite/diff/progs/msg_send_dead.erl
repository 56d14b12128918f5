-module(msg_send_dead).
-export([main/1]).
%% Sending to a process that has exited succeeds quietly: ! and
%% erlang:send/2,3 return as usual and nothing comes back.
main(_) ->
    P = spawn(fun() -> ok end),
    R = monitor(process, P),
    receive {'DOWN', R, process, P, normal} -> ok end,
    erlang:display({bang, P ! hello}),
    erlang:display({send2, erlang:send(P, {big, 1 bsl 80})}),
    erlang:display({send3, erlang:send(P, x, [noconnect])}),
    erlang:display({many, length([P ! I || I <- lists:seq(1, 1000)])}),
    erlang:display({alive, is_process_alive(P)}),
    erlang:display({nothing_back, receive Any -> Any after 50 -> none end}),
    erlang:display(done).
