-module(reg_dies).
-export([main/1]).
%% A registered name goes away when its process exits (normally or not,
%% or killed); the name can then be registered again by another process.
named(Name) ->
    P = spawn(fun() -> receive {die, R} -> exit(R) end end),
    true = register(Name, P),
    P.
wait(P) ->
    R = monitor(process, P),
    receive {'DOWN', R, process, P, W} -> W end.
main(_) ->
    P1 = named(reg_dies_x),
    P1 ! {die, normal},
    erlang:display({normal_exit, wait(P1), whereis(reg_dies_x)}),
    P2 = named(reg_dies_x),
    erlang:display({reused, whereis(reg_dies_x) =:= P2}),
    P2 ! {die, crash},
    erlang:display({abnormal_exit, wait(P2), whereis(reg_dies_x)}),
    P3 = named(reg_dies_x),
    R3 = monitor(process, P3),
    exit(P3, kill),
    receive {'DOWN', R3, process, P3, W3} -> erlang:display({killed, W3, whereis(reg_dies_x)}) end,
    erlang:display({not_listed, lists:member(reg_dies_x, registered())}),
    erlang:display({send_now_badarg, try reg_dies_x ! hi catch error:E -> E end}),
    erlang:display(done).
