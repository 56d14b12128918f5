-module(msg_self_send).
-export([main/1]).
%% Messages a process sends to itself are queued in order and can be read
%% back with receive; mixing self-sends with messages from a child keeps
%% each sender's order.
main(_) ->
    [self() ! I || I <- lists:seq(1, 10)],
    erlang:display({ten, [receive X -> X end || _ <- lists:seq(1, 10)]}),
    Me = self(),
    self() ! {self, 1},
    P = spawn(fun() -> Me ! {child, 1}, Me ! {child, 2}, Me ! {child, done} end),
    self() ! {self, 2},
    receive {child, done} -> ok end,
    self() ! {self, 3},
    All = drain([]),
    erlang:display({self_part, [N || {self, N} <- All]}),
    erlang:display({child_part, [N || {child, N} <- All]}),
    erlang:display({is_pid, is_pid(P)}),
    erlang:display(done).
drain(Acc) ->
    receive M -> drain([M | Acc]) after 0 -> lists:reverse(Acc) end.
