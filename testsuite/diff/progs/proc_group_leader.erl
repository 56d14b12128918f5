-module(proc_group_leader).
-export([main/1]).
%% group_leader/0 is a pid; a spawned process inherits its parent's group
%% leader; group_leader/2 changes another process's group leader (seen with
%% process_info and by the process itself).
main(_) ->
    GL = group_leader(),
    erlang:display({is_pid, is_pid(GL)}),
    erlang:display({not_self, GL =/= self()}),
    Me = self(),
    Child = fun() ->
                    Me ! {self(), inherited, group_leader()},
                    receive check -> Me ! {self(), now, group_leader()} end
            end,
    P = spawn(Child),
    receive {P, inherited, G1} -> erlang:display({inherited, G1 =:= GL}) end,
    Other = spawn(fun() -> receive stop -> ok end end),
    erlang:display({set, group_leader(Other, P)}),
    erlang:display({info, process_info(P, group_leader) =:= {group_leader, Other}}),
    P ! check,
    receive {P, now, G2} -> erlang:display({changed, G2 =:= Other}) end,
    erlang:display({set_self, group_leader(Other, self())}),
    erlang:display({self_changed, group_leader() =:= Other}),
    Q = spawn(fun() -> Me ! {self(), group_leader()} end),
    receive {Q, G3} -> erlang:display({new_child_inherits_new, G3 =:= Other}) end,
    true = group_leader(GL, self()),
    erlang:display({restored, group_leader() =:= GL}),
    Other ! stop,
    erlang:display(done).
