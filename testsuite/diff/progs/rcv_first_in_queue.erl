-module(rcv_first_in_queue).
-export([main/1]).
%% With several patterns, receive takes the oldest message that matches
%% any of them, not the first pattern that matches some message.
next() ->
    receive
        {high, X} -> {high, X};
        {low, X} -> {low, X}
    end.
main(_) ->
    self() ! {low, 1}, self() ! {high, 2}, self() ! {low, 3}, self() ! other, self() ! {high, 4},
    Got = [next() || _ <- [1, 2, 3, 4]],
    erlang:display({got, Got}),
    erlang:display({left, receive M -> M after 0 -> none end}),
    %% A catch-all clause after specific ones still takes the oldest message.
    self() ! b, self() ! a,
    R = receive a -> first_clause; _Any -> {catch_all, _Any} end,
    erlang:display({oldest_wins, R}),
    erlang:display({then, receive Q -> Q after 0 -> none end}),
    erlang:display(done).
