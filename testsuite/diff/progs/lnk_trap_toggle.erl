-module(lnk_trap_toggle).
-export([main/1]).
%% A process turns trap_exit on and off: exit signals arriving while it
%% traps become messages; after it turns trapping off, the next abnormal
%% exit signal kills it.
main(_) ->
    Me = self(),
    W = spawn(fun() ->
                      process_flag(trap_exit, true),
                      Me ! {self(), trapping},
                      receive {'EXIT', _, R1} -> Me ! {self(), trapped, R1} end,
                      process_flag(trap_exit, false),
                      Me ! {self(), not_trapping},
                      receive never -> ok end
              end),
    Ref = monitor(process, W),
    receive {W, trapping} -> ok end,
    exit(W, first),
    receive {W, trapped, R1} -> erlang:display({trapped, R1}) end,
    receive {W, not_trapping} -> ok end,
    exit(W, normal),
    erlang:display({normal_ignored, receive {'DOWN', Ref, _, _, _} -> died after 50 -> alive end}),
    exit(W, second),
    receive {'DOWN', Ref, process, W, R2} -> erlang:display({killed_by, R2}) end,
    erlang:display(done).
