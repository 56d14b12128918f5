-module(lnk_exit_other).
-export([main/1]).
%% exit(P, Reason) to another process: with Reason normal it is ignored
%% unless P traps exits (then P gets {'EXIT', Sender, normal}); any other
%% reason kills a non-trapping P with that reason, and becomes a message
%% for a trapping P.
main(_) ->
    Me = self(),
    A = spawn(fun() -> receive stop -> Me ! {self(), stopped} end end),
    erlang:display({normal_to_nontrapper, exit(A, normal)}),
    A ! stop,
    receive {A, S} -> erlang:display({survived, S}) end,
    B = spawn(fun() -> receive stop -> ok end end),
    RB = monitor(process, B),
    exit(B, bye),
    receive {'DOWN', RB, process, B, WB} -> erlang:display({reason_to_nontrapper, WB}) end,
    T = spawn(fun() ->
                      process_flag(trap_exit, true),
                      Me ! {self(), trapping},
                      M1 = receive X -> X end,
                      M2 = receive Y -> Y end,
                      Me ! {self(), got, M1, M2}
              end),
    RT = monitor(process, T),
    receive {T, trapping} -> ok end,
    exit(T, normal),
    exit(T, {custom, 1}),
    receive {T, got, M1, M2} ->
            erlang:display({trapper_msg1, M1 =:= {'EXIT', Me, normal}}),
            erlang:display({trapper_msg2, M2 =:= {'EXIT', Me, {custom, 1}}})
    end,
    receive {'DOWN', RT, process, T, WT} -> erlang:display({trapper_then, WT}) end,
    erlang:display({not_linked, [X || X <- element(2, process_info(self(), links)), X =:= T]}),
    erlang:display(done).
