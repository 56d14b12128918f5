-module(ext_main_returns).
-export([main/1]).
%% main returns while other processes still exist (blocked in receive,
%% sleeping, or waiting on a long timer): the program ends at once with
%% status 0, and their later output never appears.
main(_) ->
    Me = self(),
    _ = [spawn(fun() -> receive never -> ok end end) || _ <- lists:seq(1, 100)],
    _ = spawn(fun() -> receive after 5000 -> erlang:display(should_not_print) end end),
    P = spawn(fun() -> Me ! started, receive go -> erlang:display(should_not_print_either) end end),
    receive started -> ok end,
    _ = erlang:send_after(3000, P, go),
    erlang:display({children_alive, is_process_alive(P)}),
    erlang:display(main_returning).
