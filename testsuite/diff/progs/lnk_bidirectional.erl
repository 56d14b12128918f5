-module(lnk_bidirectional).
-export([main/1]).
%% Links are bidirectional: when B calls link(A) and A later exits with a
%% reason, B dies too; when the link was made by A and B exits, A dies.
main(_) ->
    Me = self(),
    A = spawn(fun() -> receive {die, R} -> exit(R) end end),
    B = spawn(fun() -> link(A), Me ! {self(), linked}, receive never -> ok end end),
    RB = monitor(process, B),
    receive {B, linked} -> ok end,
    A ! {die, from_a},
    receive {'DOWN', RB, process, B, WB} -> erlang:display({b_died, WB}) end,
    C = spawn(fun() -> receive {die, R} -> exit(R) end end),
    D = spawn(fun() -> link(C), Me ! {self(), linked}, receive {die, R} -> exit(R) end end),
    RC = monitor(process, C),
    receive {D, linked} -> ok end,
    D ! {die, from_d},
    receive {'DOWN', RC, process, C, WC} -> erlang:display({c_died, WC}) end,
    %% A trapping child hears of its parent's exit.
    E = spawn(fun() ->
                      F = spawn_link(fun() ->
                                             process_flag(trap_exit, true),
                                             Me ! {self(), ready},
                                             receive {'EXIT', From, Why} ->
                                                     Me ! {self(), parent_exit, is_pid(From), Why}
                                             end
                                     end),
                      Me ! {f, F},
                      receive go -> exit(parent_gone) end
              end),
    F = receive {f, FF} -> FF end,
    receive {F, ready} -> ok end,
    E ! go,
    receive {F, parent_exit, IsPid, Why} -> erlang:display({f_trapped, IsPid, Why}) end,
    erlang:display(done).
