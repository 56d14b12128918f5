-module(mon_racing_end).
-export([main/1]).
%% Monitors and links made while their target ends, perhaps on another
%% scheduler at that very moment: every monitor still gets exactly one
%% 'DOWN' (normal or noproc), and a trapping linker exactly one 'EXIT'.
round(0, Downs, Exits) -> {Downs, Exits};
round(N, Downs, Exits) ->
    Ps = [spawn(fun() -> ok end) || _ <- [1, 2, 3]],
    Rs = [monitor(process, P) || P <- Ps],
    [link(P) || P <- Ps],
    D = length([R || R <- Rs, receive {'DOWN', R, process, _, W} -> ok(W) end]),
    E = length([P || P <- Ps, receive {'EXIT', P, W} -> ok(W) end]),
    round(N - 1, Downs + D, Exits + E).
ok(normal) -> true;
ok(noproc) -> true.
main(_) ->
    process_flag(trap_exit, true),
    erlang:display(round(3000, 0, 0)),
    erlang:display({stray, receive M -> M after 50 -> none end}).
