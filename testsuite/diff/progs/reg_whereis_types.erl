-module(reg_whereis_types).
-export([main/1]).
%% whereis/1 returns a pid or undefined; registered/0 returns a list of
%% atoms; a name registered by a process that then unregisters it and
%% registers another name moves with it; a send to a name goes to the
%% process registered at the time of sending.
main(_) ->
    Me = self(),
    A = spawn(fun() -> loop(Me, a) end),
    B = spawn(fun() -> loop(Me, b) end),
    Reg = registered(),
    erlang:display({registered_is_atom_list, is_list(Reg) andalso lists:all(fun is_atom/1, Reg)}),
    register(reg_whereis_types_n, A),
    reg_whereis_types_n ! ping,
    receive {pong, W1} -> erlang:display({first_owner, W1}) end,
    unregister(reg_whereis_types_n),
    register(reg_whereis_types_n, B),
    reg_whereis_types_n ! ping,
    receive {pong, W2} -> erlang:display({second_owner, W2}) end,
    erlang:display({is_pid, is_pid(whereis(reg_whereis_types_n))}),
    erlang:display({a_unnamed, process_info(A, registered_name)}),
    erlang:display({b_named, process_info(B, registered_name)}),
    A ! stop, B ! stop,
    erlang:display(done).
loop(Parent, Tag) ->
    receive
        ping -> Parent ! {pong, Tag}, loop(Parent, Tag);
        stop -> ok
    end.
