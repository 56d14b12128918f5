-module(reg_self).
-export([main/1]).
%% main registers itself; a child finds it by name and sends to it; a
%% name can be sent to as {Name, node()}; unregistering does not affect
%% the process.
main(_) ->
    true = register(reg_self_main, self()),
    erlang:display({whereis_self, whereis(reg_self_main) =:= self()}),
    _ = spawn(fun() ->
                      reg_self_main ! {by_name, whereis(reg_self_main) =/= undefined},
                      {reg_self_main, node()} ! by_tuple,
                      erlang:send({reg_self_main, node()}, by_send_tuple)
              end),
    receive {by_name, Found} -> erlang:display({by_name, Found}) end,
    receive by_tuple -> erlang:display(by_tuple) end,
    receive by_send_tuple -> erlang:display(by_send_tuple) end,
    true = unregister(reg_self_main),
    erlang:display({after_unregister, whereis(reg_self_main)}),
    erlang:display({register_again, register(reg_self_main2, self())}),
    erlang:display({info, process_info(self(), registered_name)}),
    erlang:display(done).
