-module(rcv_ref_monitor).
-export([main/1]).
%% Ref = monitor(process, P) followed by receive {'DOWN', Ref, ...} (also
%% compiled with recv markers), and the reply-or-down pattern of a call
%% with many unrelated messages queued first.
call(P, Req) ->
    Ref = monitor(process, P),
    P ! {self(), Ref, Req},
    receive
        {Ref, Reply} -> demonitor(Ref, [flush]), {ok, Reply};
        {'DOWN', Ref, process, P, Why} -> {down, Why}
    end.
server() ->
    receive
        {From, Ref, {echo, X}} -> From ! {Ref, X}, server();
        {_, _, die} -> exit(died)
    end.
main(_) ->
    [self() ! {noise, I} || I <- lists:seq(1, 3000)],
    S = spawn(fun server/0),
    erlang:display({echo, call(S, {echo, hello})}),
    erlang:display({echo2, call(S, {echo, [1, 2, 3]})}),
    erlang:display({die, call(S, die)}),
    erlang:display({dead, call(S, {echo, x})}),
    Noise = [receive {noise, I} -> I end || _ <- lists:seq(1, 3000)],
    erlang:display({noise_in_order, Noise =:= lists:seq(1, 3000)}),
    erlang:display({nothing_else, receive M -> M after 0 -> none end}),
    erlang:display(done).
