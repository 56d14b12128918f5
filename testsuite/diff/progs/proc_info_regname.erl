-module(proc_info_regname).
-export([main/1]).
%% process_info(P, registered_name) is [] (not a tuple) for an unnamed
%% process, but [{registered_name, []}] inside a list of items;
%% {registered_name, Name} once registered.
main(_) ->
    Me = self(),
    P = spawn(fun() -> receive stop -> Me ! {self(), stopped} end end),
    erlang:display({unnamed_single, process_info(P, registered_name)}),
    erlang:display({unnamed_list, process_info(P, [registered_name])}),
    erlang:display({self_unnamed, process_info(self(), registered_name)}),
    true = register(proc_info_regname_child, P),
    erlang:display({named_single, process_info(P, registered_name)}),
    erlang:display({named_list, process_info(P, [registered_name, trap_exit])}),
    true = unregister(proc_info_regname_child),
    erlang:display({after_unregister, process_info(P, registered_name)}),
    register(proc_info_regname_main, self()),
    erlang:display({self_named, process_info(self(), registered_name)}),
    P ! stop,
    receive {P, stopped} -> erlang:display(stopped) end,
    erlang:display(done).
