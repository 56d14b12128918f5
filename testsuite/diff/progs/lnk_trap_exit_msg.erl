-module(lnk_trap_exit_msg).
-export([main/1]).
%% With trap_exit, abnormal exits of linked processes become messages
%% {'EXIT', Pid, Reason} for every kind of reason term, and the trapping
%% process keeps running.
main(_) ->
    process_flag(trap_exit, true),
    Reasons = [boom, {shutdown, x}, [1, 2], 1 bsl 90, 2.5, {a, #{k => v}}, "str", shutdown],
    lists:foreach(fun(R) ->
                          P = spawn_link(fun() -> exit(R) end),
                          receive {'EXIT', P, Got} -> erlang:display({reason, Got, Got =:= R}) end
                  end, Reasons),
    erlang:display({alive, is_process_alive(self())}),
    erlang:display(done).
