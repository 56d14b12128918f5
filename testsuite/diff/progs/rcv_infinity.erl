-module(rcv_infinity).
-export([main/1]).
%% after infinity waits as long as needed (here for a message sent 50 ms
%% later), and a timeout held in a variable may be infinity, 0 or N.
id(X) -> X.
wait(T) -> receive {msg, X} -> X after T -> timeout end.
main(_) ->
    Me = self(),
    _ = spawn(fun() -> receive after 50 -> Me ! {msg, delayed} end end),
    erlang:display({infinity, receive {msg, X} -> X after infinity -> never end}),
    erlang:display({var_zero, wait(id(0))}),
    erlang:display({var_small, wait(id(5))}),
    self() ! {msg, queued},
    erlang:display({var_infinity, wait(id(infinity))}),
    _ = spawn(fun() -> receive after 30 -> Me ! {msg, later} end end),
    erlang:display({var_infinity_wait, wait(id(infinity))}),
    self() ! {msg, max},
    erlang:display({max_timeout_value, wait(id(16#ffffffff))}),
    erlang:display(done).
