-module(lnk_cascade_normal).
-export([main/1]).
%% A normal exit does not cascade: in a chain of linked processes, the
%% tail exiting normally leaves the others alive; only trapping neighbours
%% hear about it.
main(_) ->
    Me = self(),
    A = spawn(fun() ->
                      B = spawn_link(fun() ->
                                             C = spawn_link(fun() -> receive go -> ok end end),
                                             Me ! {c, C},
                                             receive stop -> Me ! b_stopped end
                                     end),
                      Me ! {b, B},
                      receive stop -> Me ! a_stopped end
              end),
    B = receive {b, BB} -> BB end,
    C = receive {c, CC} -> CC end,
    RC = monitor(process, C),
    C ! go,
    receive {'DOWN', RC, process, C, W} -> erlang:display({c_down, W}) end,
    erlang:display({a_alive, is_process_alive(A)}),
    erlang:display({b_alive, is_process_alive(B)}),
    B ! stop,
    receive b_stopped -> erlang:display(b_stopped) end,
    A ! stop,
    receive a_stopped -> erlang:display(a_stopped) end,
    erlang:display(done).
