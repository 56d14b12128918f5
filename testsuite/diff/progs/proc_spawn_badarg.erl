-module(proc_spawn_badarg).
-export([main/1, f/0]).
%% spawn/1,3 and spawn_link/3 with bad arguments raise badarg in the
%% caller (no process is created).
f() -> ok.
id(X) -> X.
try_it(Name, Fun) ->
    R = try Fun() of
            P when is_pid(P) -> pid
        catch
            C:E -> {C, E}
        end,
    erlang:display({Name, R}).
main(_) ->
    try_it(not_a_fun, fun() -> spawn(id(42)) end),
    try_it(atom_arg, fun() -> spawn(id(foo)) end),
    try_it(args_not_list, fun() -> spawn(?MODULE, f, id(notalist)) end),
    try_it(improper_args, fun() -> spawn(?MODULE, f, id([a | b])) end),
    try_it(module_string, fun() -> spawn(id("m"), f, []) end),
    try_it(function_int, fun() -> spawn(?MODULE, id(7), []) end),
    try_it(link_args_not_list, fun() -> spawn_link(?MODULE, f, id(x)) end),
    try_it(monitor_not_fun, fun() -> spawn_monitor(id({a, b})) end),
    try_it(good, fun() -> spawn(?MODULE, f, id([])) end),
    erlang:display(done).
