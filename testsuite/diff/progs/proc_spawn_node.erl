-module(proc_spawn_node).
-export([main/1, reply/2]).
%% spawn/2 and spawn/4 with node() as the node (the local node), and
%% spawn_link/2,4 and spawn_monitor/3; node(Pid) is node().
reply(Parent, X) -> Parent ! {self(), X}.
main(_) ->
    Me = self(),
    P1 = spawn(node(), fun() -> Me ! {self(), fun2} end),
    receive {P1, A} -> erlang:display({spawn2, A}) end,
    P2 = spawn(node(), ?MODULE, reply, [Me, mfa4]),
    receive {P2, B} -> erlang:display({spawn4, B}) end,
    erlang:display({local, node(P1) =:= node(), node(P2) =:= node()}),
    process_flag(trap_exit, true),
    P3 = spawn_link(node(), fun() -> exit(link2) end),
    receive {'EXIT', P3, W3} -> erlang:display({spawn_link2, W3}) end,
    P4 = spawn_link(node(), ?MODULE, reply, [Me, link4]),
    receive {P4, C} -> erlang:display({spawn_link4, C}) end,
    receive {'EXIT', P4, W4} -> erlang:display({spawn_link4_exit, W4}) end,
    {P5, R5} = spawn_monitor(?MODULE, reply, [Me, mon3]),
    receive {P5, D} -> erlang:display({spawn_monitor3, D}) end,
    receive {'DOWN', R5, process, P5, W5} -> erlang:display({spawn_monitor3_down, W5}) end,
    erlang:display(done).
