-module(proc_info_calls).
-export([main/1, loop/1]).
%% process_info items initial_call and current_function: {erlang,apply,2}
%% for spawn(Fun), {M,F,Arity} for spawn(M,F,A); a process blocked in a
%% receive is in the function that does the receive.
loop(Parent) ->
    receive
        stop -> Parent ! {self(), stopped}
    end.
main(_) ->
    Me = self(),
    P1 = spawn(fun() -> receive stop -> Me ! {self(), stopped} end end),
    P2 = spawn(?MODULE, loop, [Me]),
    erlang:display(process_info(P1, initial_call)),
    erlang:display(process_info(P2, initial_call)),
    %% a message that does not match: once it is in P2's queue (seen by
    %% process_info), P2 is certainly waiting in loop/1's receive.
    P2 ! not_yet,
    wait_queued(P2),
    erlang:display(process_info(P2, current_function)),
    erlang:display(process_info(self(), current_function)),
    erlang:display(process_info(P2, status)),
    P1 ! stop, P2 ! stop,
    receive {P1, stopped} -> ok end,
    receive {P2, stopped} -> ok end,
    erlang:display(done).
wait_queued(P) ->
    case process_info(P, [status, message_queue_len]) of
        [{status, waiting}, {message_queue_len, 1}] -> ok;
        _ -> erlang:yield(), wait_queued(P)
    end.
