-module(lnk_signal_order).
-export([main/1]).
%% Signals from one process to another arrive in the order sent: the
%% messages a linked process sends before it exits are received before its
%% {'EXIT', ...} message, and its 'DOWN' follows both.
main(_) ->
    process_flag(trap_exit, true),
    Me = self(),
    P = spawn_link(fun() ->
                           [Me ! {msg, I} || I <- lists:seq(1, 100)],
                           exit(finished)
                   end),
    R = monitor(process, P),
    All = collect([]),
    Tags = [element(1, M) || M <- All],
    erlang:display({count, length(All)}),
    erlang:display({msgs_first, lists:sublist(Tags, 100) =:= lists:duplicate(100, msg)}),
    erlang:display({numbers, [N || {msg, N} <- All] =:= lists:seq(1, 100)}),
    erlang:display({last, lists:last(All) =:= {'EXIT', P, finished}}),
    receive {'DOWN', R, process, P, W} -> erlang:display({down, W}) end,
    erlang:display(done).
collect(Acc) ->
    receive
        {'EXIT', _, _} = E -> lists:reverse([E | Acc]);
        M -> collect([M | Acc])
    end.
