-module(lnk_fan_out).
-export([main/1]).
%% One process linked to 1,000 children: when it exits abnormally all the
%% children (not trapping) die with its reason; one trapping child
%% survives and reports the message.
main(_) ->
    Me = self(),
    Hub = spawn(fun() ->
                        Kids = [spawn_link(fun() -> receive never -> ok end end)
                                || _ <- lists:seq(1, 1000)],
                        Hub = self(),
                        _ = spawn_link(fun() ->
                                               process_flag(trap_exit, true),
                                               Hub ! trapper_ready,
                                               receive {'EXIT', _, W} -> Me ! {trapper_got, W} end
                                       end),
                        receive trapper_ready -> ok end,
                        Me ! {kids, Kids},
                        receive go -> exit(hub_down) end
                end),
    Kids = receive {kids, K} -> K end,
    Refs = [monitor(process, Kid) || Kid <- Kids],
    Hub ! go,
    Reasons = [receive {'DOWN', R, process, _, W} -> W end || R <- Refs],
    erlang:display({kids_died, length(Reasons), lists:usort(Reasons)}),
    receive {trapper_got, TW} -> erlang:display({trapper_got, TW}) end,
    erlang:display(done).
