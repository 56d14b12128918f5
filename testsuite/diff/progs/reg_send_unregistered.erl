-module(reg_send_unregistered).
-export([main/1]).
%% Sending to an atom that is not a registered name is error:badarg (for
%% ! and erlang:send/2); uncaught in main it ends the program with
%% escript's report and status 127.
main(_) ->
    erlang:display({caught, try reg_send_unregistered_nobody ! hello catch error:E -> E end}),
    erlang:display({send2, try erlang:send(reg_send_unregistered_nobody, hello) catch error:E2 -> E2 end}),
    _ = spawn(fun() -> receive never -> ok end end),
    erlang:display(about_to_fail),
    reg_send_unregistered_nobody ! hello,
    erlang:display(not_reached).
