-module(lnk_exit_dead).
-export([main/1]).
%% exit/2 to a dead process returns true with any reason (including kill);
%% exit/2 with a non-pid is badarg.
id(X) -> X.
main(_) ->
    {P, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, P, normal} -> ok end,
    erlang:display({reason, exit(P, foo)}),
    erlang:display({kill, exit(P, kill)}),
    erlang:display({normal, exit(P, normal)}),
    erlang:display({atom_target, try exit(id(some_name), foo) catch error:E -> E end}),
    erlang:display({int_target, try exit(id(3), foo) catch error:E2 -> E2 end}),
    erlang:display({nothing, receive M -> M after 20 -> none end}),
    erlang:display(done).
