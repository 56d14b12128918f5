-module(lnk_cascade).
-export([main/1]).
%% A chain of 200 linked processes: when the far end exits with a reason,
%% the exit signal cascades along the chain, each process dying with the
%% same reason; the trapping head (main) gets {'EXIT', First, Reason}.
chain(0, Parent) ->
    Parent ! {tail, self()},
    receive {die, R} -> exit(R) end;
chain(N, Parent) ->
    _ = spawn_link(fun() -> chain(N - 1, Parent) end),
    receive never -> ok end.
main(_) ->
    process_flag(trap_exit, true),
    Me = self(),
    First = spawn_link(fun() -> chain(199, Me) end),
    Tail = receive {tail, T} -> T end,
    erlang:display({tail_alive, is_process_alive(Tail)}),
    Tail ! {die, {cascade, 7}},
    receive {'EXIT', First, Why} -> erlang:display({head_got, Why}) end,
    erlang:display({first_alive, is_process_alive(First)}),
    %% The same with kill: the tail is killed; others die with killed.
    First2 = spawn_link(fun() -> chain(50, Me) end),
    Tail2 = receive {tail, T2} -> T2 end,
    exit(Tail2, kill),
    receive {'EXIT', First2, Why2} -> erlang:display({head_got_after_kill, Why2}) end,
    erlang:display(done).
