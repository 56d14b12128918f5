-module(proc_dict_isolated).
-export([main/1]).
%% Each process has its own dictionary: a child starts with an empty one
%% (not a copy of its parent's), and its put/erase do not touch the
%% parent's.
main(_) ->
    put(shared, parent_value),
    put(count, 1),
    Me = self(),
    P = spawn(fun() ->
                      Me ! {self(), initial, get()},
                      put(shared, child_value),
                      put(extra, 42),
                      Me ! {self(), after_put, lists:sort(get())},
                      receive go -> ok end,
                      Me ! {self(), later, erase(extra), get(count)}
              end),
    receive {P, initial, D0} -> erlang:display({child_initial, D0}) end,
    receive {P, after_put, D1} -> erlang:display({child_after_put, D1}) end,
    erlang:display({parent_shared, get(shared)}),
    erlang:display({parent_extra, get(extra)}),
    erlang:display({parent_dict, lists:sort(get())}),
    erase(count),
    P ! go,
    receive {P, later, E, C} -> erlang:display({child_later, E, C}) end,
    erlang:display(done).
