-module(mon_multiple).
-export([main/1]).
%% Several monitors on one process are independent: each gets its own
%% 'DOWN' with its own ref; removing one leaves the others; several
%% processes can monitor the same target.
main(_) ->
    Me = self(),
    P = spawn(fun() -> receive {die, R} -> exit(R) end end),
    Refs = [monitor(process, P) || _ <- lists:seq(1, 5)],
    erlang:display({distinct_refs, length(lists:usort(Refs))}),
    true = demonitor(lists:nth(3, Refs)),
    {monitored_by, MB} = process_info(P, monitored_by),
    erlang:display({monitored_by_count, length(MB), lists:usort(MB) =:= [Me]}),
    Watchers = [spawn(fun() ->
                              R = monitor(process, P),
                              Me ! {self(), watching},
                              receive {'DOWN', R, process, P, W} -> Me ! {self(), saw, W} end
                      end) || _ <- lists:seq(1, 3)],
    [receive {Wp, watching} -> ok end || Wp <- Watchers],
    P ! {die, multi},
    Downs = [receive {'DOWN', R, process, P, W} -> W end
             || R <- Refs, R =/= lists:nth(3, Refs)],
    erlang:display({my_downs, Downs}),
    erlang:display({removed_one_silent, receive {'DOWN', _, _, _, _} -> extra after 30 -> none end}),
    Saw = [receive {Wp, saw, W} -> W end || Wp <- Watchers],
    erlang:display({watchers_saw, Saw}),
    erlang:display(done).
