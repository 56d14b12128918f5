-module(reg_basic).
-export([main/1]).
%% register/2, whereis/1, sending to a name with ! and erlang:send/2,
%% unregister/1, and whereis/1 of an unknown name (undefined).
main(_) ->
    Me = self(),
    P = spawn(fun() -> loop(Me) end),
    erlang:display({register, register(reg_basic_echo, P)}),
    erlang:display({whereis, whereis(reg_basic_echo) =:= P}),
    erlang:display({send_value, reg_basic_echo ! {echo, one}}),
    receive {echoed, X} -> erlang:display({got, X}) end,
    erlang:send(reg_basic_echo, {echo, two}),
    receive {echoed, Y} -> erlang:display({got, Y}) end,
    erlang:display({in_registered, lists:member(reg_basic_echo, registered())}),
    erlang:display({unregister, unregister(reg_basic_echo)}),
    erlang:display({whereis_after, whereis(reg_basic_echo)}),
    erlang:display({not_in_registered, lists:member(reg_basic_echo, registered())}),
    erlang:display({unknown, whereis(reg_basic_never_registered)}),
    erlang:display({still_alive, is_process_alive(P)}),
    P ! stop,
    erlang:display(done).
loop(Parent) ->
    receive
        {echo, X} -> Parent ! {echoed, X}, loop(Parent);
        stop -> ok
    end.
