-module(proc_info_all).
-export([main/1]).
%% process_info/1 returns a list of {Item, Value} pairs: the item names, in
%% erl's order (registered_name first when the process has a name), and the
%% values of the deterministic items for a waiting child.
keys(P) -> [K || {K, _} <- process_info(P)].
main(_) ->
    Me = self(),
    P = spawn(fun() -> put(a, 1), Me ! ready, receive stop -> ok end end),
    receive ready -> ok end,
    wait_waiting(P),
    erlang:display({keys, keys(P)}),
    Info = process_info(P),
    lists:foreach(fun(K) -> erlang:display(lists:keyfind(K, 1, Info)) end,
                  [status, message_queue_len, links, dictionary, trap_exit,
                   error_handler, priority, suspending]),
    erlang:display({gl_is_pid, is_pid(element(2, lists:keyfind(group_leader, 1, Info)))}),
    erlang:display({sizes_are_ints, [is_integer(element(2, lists:keyfind(K, 1, Info)))
                                     || K <- [total_heap_size, heap_size, stack_size, reductions]]}),
    register(proc_info_all_child, P),
    erlang:display({named_keys, keys(P)}),
    erlang:display(lists:keyfind(registered_name, 1, process_info(P))),
    P ! stop,
    erlang:display(done).
wait_waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> erlang:yield(), wait_waiting(P)
    end.
