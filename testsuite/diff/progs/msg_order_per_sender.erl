-module(msg_order_per_sender).
-export([main/1]).
%% Messages from one sender arrive in the order sent. Four senders send
%% 2,000 numbered messages each to one receiver at the same time; the
%% interleaving varies, but each sender's sequence is in order.
main(_) ->
    Me = self(),
    Senders = [spawn(fun() ->
                             receive go -> ok end,
                             lists:foreach(fun(I) -> Me ! {S, I} end, lists:seq(1, 2000)),
                             Me ! {S, last}
                     end) || S <- [a, b, c, d]],
    lists:foreach(fun(P) -> P ! go end, Senders),
    Got = collect(4, []),
    Per = [[I || {T, I} <- Got, T =:= S] || S <- [a, b, c, d]],
    erlang:display({counts, [length(L) || L <- Per]}),
    erlang:display({in_order, [L =:= lists:seq(1, 2000) || L <- Per]}),
    erlang:display({total, length(Got)}),
    erlang:display(done).
collect(0, Acc) -> lists:reverse(Acc);
collect(K, Acc) ->
    receive
        {_, last} -> collect(K - 1, Acc);
        {S, I} -> collect(K, [{S, I} | Acc])
    end.
