-module(rcv_nested).
-export([main/1]).
%% A receive inside the body of another receive's clause, and in a
%% function called from a receive clause; the inner receive sees the
%% remaining messages, including ones skipped by the outer.
main(_) ->
    self() ! {outer, 1}, self() ! {inner, a}, self() ! {inner, b}, self() ! {outer, 2},
    R = receive
            {outer, N} ->
                I1 = receive {inner, X} -> X end,
                I2 = receive {outer, M} -> {outer_in_inner, M} end,
                I3 = receive {inner, Y} -> Y end,
                {N, I1, I2, I3}
        end,
    erlang:display({nested, R}),
    Me = self(),
    P = spawn(fun() -> serve(Me) end),
    P ! {req, 1},
    erlang:display({conversation, receive {ask, P} -> P ! {reply, 10}, receive {result, V} -> V end end}),
    erlang:display({left, receive Z -> Z after 0 -> none end}),
    erlang:display(done).
serve(Parent) ->
    receive
        {req, K} ->
            Parent ! {ask, self()},
            receive {reply, V} -> Parent ! {result, K + V} end
    end.
