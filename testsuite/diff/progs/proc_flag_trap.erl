-module(proc_flag_trap).
-export([main/1]).
%% process_flag(trap_exit, B) returns the old value; process_info shows
%% the current one; a new process starts with trap_exit false whatever its
%% parent has; a non-boolean value is badarg.
id(X) -> X.
main(_) ->
    erlang:display({first, process_flag(trap_exit, true)}),
    erlang:display({second, process_flag(trap_exit, true)}),
    erlang:display(process_info(self(), trap_exit)),
    Me = self(),
    _ = spawn(fun() -> Me ! {child, process_flag(trap_exit, false)} end),
    receive {child, Old} -> erlang:display({child_initial, Old}) end,
    erlang:display({third, process_flag(trap_exit, false)}),
    erlang:display(process_info(self(), trap_exit)),
    erlang:display({bad_value, try process_flag(trap_exit, id(yes)) catch error:E -> E end}),
    erlang:display({bad_flag, try process_flag(id(no_such_flag), true) catch error:E2 -> E2 end}),
    erlang:display({unchanged, process_flag(trap_exit, false)}),
    erlang:display(done).
