-module(reg_badarg).
-export([main/1]).
%% register/2 badarg cases: the name is taken, the process already has a
%% name (even the same one), the name is undefined, the name is not an atom,
%% the pid is dead, the pid is not a pid; unregister/1 of a name not
%% registered, and of undefined; whereis/1 of a non-atom.
id(X) -> X.
t(N, F) -> erlang:display({N, try F() catch C:E -> {C, E} end}).
main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    Q = spawn(fun() -> receive stop -> ok end end),
    {D, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, D, _} -> ok end,
    t(first, fun() -> register(reg_badarg_a, P) end),
    t(name_taken, fun() -> register(reg_badarg_a, Q) end),
    t(already_named, fun() -> register(reg_badarg_b, P) end),
    t(same_pair_again, fun() -> register(reg_badarg_a, P) end),
    t(undefined_name, fun() -> register(undefined, Q) end),
    t(string_name, fun() -> register(id("reg_badarg_c"), Q) end),
    t(int_name, fun() -> register(id(7), Q) end),
    t(dead_pid, fun() -> register(reg_badarg_d, D) end),
    t(not_a_pid, fun() -> register(reg_badarg_e, id(not_a_pid)) end),
    t(unregister_unknown, fun() -> unregister(reg_badarg_zzz) end),
    t(unregister_undefined, fun() -> unregister(undefined) end),
    t(whereis_undefined, fun() -> whereis(undefined) end),
    t(whereis_int, fun() -> whereis(id(1)) end),
    t(q_still_free, fun() -> register(reg_badarg_b, Q) end),
    t(whereis_dead_name, fun() -> whereis(reg_badarg_d) end),
    P ! stop, Q ! stop,
    erlang:display(done).
