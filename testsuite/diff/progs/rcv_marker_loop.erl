-module(rcv_marker_loop).
-export([main/1]).
%% Many make_ref/send/receive-by-ref calls in a loop to several servers,
%% with a growing backlog of unmatched messages in the caller's mailbox and
%% replies arriving in a different order from the requests.
call(S, X) ->
    Ref = make_ref(),
    S ! {self(), Ref, X},
    receive {Ref, R} -> R end.
server(Delay) ->
    receive
        {From, Ref, X} ->
            From ! {unrelated, X},
            receive after Delay -> ok end,
            From ! {Ref, X * 10},
            server(Delay);
        stop -> ok
    end.
main(_) ->
    Ss = [spawn(fun() -> server(D) end) || D <- [0, 0, 1]],
    Rs = [call(lists:nth(1 + I rem 3, Ss), I) || I <- lists:seq(1, 300)],
    erlang:display({sum, lists:sum(Rs)}),
    erlang:display({backlog, element(2, process_info(self(), message_queue_len))}),
    %% Two requests out, replies taken in reverse order by ref.
    Me = self(),
    R1 = make_ref(), R2 = make_ref(),
    [S1, S2 | _] = Ss,
    S1 ! {Me, R1, 1},
    S2 ! {Me, R2, 2},
    B = receive {R2, V2} -> V2 end,
    A = receive {R1, V1} -> V1 end,
    erlang:display({reverse, B, A}),
    Unrel = [X || {unrelated, X} <- drain([])],
    erlang:display({unrelated, length(Unrel), lists:sum(Unrel)}),
    [S ! stop || S <- Ss],
    erlang:display(done).
drain(Acc) -> receive M -> drain([M | Acc]) after 0 -> lists:reverse(Acc) end.
