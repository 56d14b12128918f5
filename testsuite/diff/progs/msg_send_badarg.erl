-module(msg_send_badarg).
-export([main/1]).
%% Bad destinations: an unregistered atom and a non-pid are badarg, for
%% ! and erlang:send/2,3, and for a bad option list; {Name, node()} with an
%% unregistered Name does not raise.
id(X) -> X.
t(Name, F) ->
    erlang:display({Name, try F() catch error:E -> {error, E} end}).
main(_) ->
    t(bang_unregistered, fun() -> id(no_such_name) ! hi end),
    t(send_unregistered, fun() -> erlang:send(id(no_such_name), hi) end),
    t(send3_unregistered, fun() -> erlang:send(id(no_such_name), hi, []) end),
    t(bang_integer, fun() -> id(42) ! hi end),
    t(bang_list, fun() -> id([self()]) ! hi end),
    t(bang_tuple3, fun() -> id({a, b, c}) ! hi end),
    t(send3_bad_option, fun() -> erlang:send(self(), hi, [id(bad_opt)]) end),
    t(name_node_unregistered, fun() -> {id(no_such_name), node()} ! quiet end),
    t(inbox_empty, fun() -> receive M -> {got, M} after 0 -> empty end end),
    erlang:display(done).
