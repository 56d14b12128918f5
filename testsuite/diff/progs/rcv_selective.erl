-module(rcv_selective).
-export([main/1]).
%% Selective receive takes the first message that matches, leaving the
%% others queued in order: messages sent c, b, a are read a, b, c.
main(_) ->
    self() ! c, self() ! b, self() ! a,
    A = receive a -> a end,
    B = receive b -> b end,
    C = receive c -> c end,
    erlang:display({order, [A, B, C]}),
    self() ! {x, 1}, self() ! {y, 2}, self() ! {x, 3}, self() ! {y, 4},
    Ys = [receive {y, N} -> N end || _ <- [1, 2]],
    Xs = [receive {x, N} -> N end || _ <- [1, 2]],
    erlang:display({ys, Ys, xs, Xs}),
    %% From another process: a reply overtakes earlier junk messages.
    Me = self(),
    P = spawn(fun() ->
                      [Me ! {junk, I} || I <- lists:seq(1, 5)],
                      Me ! {answer, 42}
              end),
    receive {answer, V} -> erlang:display({answer_first, V}) end,
    Junk = [receive {junk, J} -> J end || _ <- lists:seq(1, 5)],
    erlang:display({junk_after, Junk}),
    erlang:display({sender_pid, is_pid(P)}),
    erlang:display({empty, receive Z -> Z after 0 -> empty end}),
    erlang:display(done).
