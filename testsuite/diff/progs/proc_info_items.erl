-module(proc_info_items).
-export([main/1]).
%% process_info/2 with single items and with a list of items, for the
%% deterministic ones: status, trap_exit, priority, message_queue_len,
%% messages, links, dictionary, registered_name.
main(_) ->
    Me = self(),
    P = spawn(fun() ->
                      put(k, v),
                      Me ! {self(), ready},
                      receive stop -> ok end
              end),
    receive {P, ready} -> ok end,
    wait_waiting(P),
    erlang:display(process_info(P, status)),
    erlang:display(process_info(P, trap_exit)),
    erlang:display(process_info(P, priority)),
    erlang:display(process_info(P, message_queue_len)),
    erlang:display(process_info(P, messages)),
    erlang:display(process_info(P, links)),
    erlang:display(process_info(P, dictionary)),
    P ! one,
    P ! {two, [2]},
    erlang:display(process_info(P, [message_queue_len, messages, registered_name])),
    erlang:display(process_info(self(), status)),
    erlang:display(process_info(self(), message_queue_len)),
    self() ! mine,
    erlang:display(process_info(self(), messages)),
    receive mine -> ok end,
    {group_leader, GL} = process_info(P, group_leader),
    erlang:display({group_leader_is_pid, is_pid(GL)}),
    erlang:display({same_gl, GL =:= group_leader()}),
    P ! stop,
    erlang:display(done).
%% Polls until P is blocked in its receive.
wait_waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> erlang:yield(), wait_waiting(P)
    end.
