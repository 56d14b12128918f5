-module(msg_forward_chain).
-export([main/1]).
%% A chain of 500 forwarding processes: 300 messages pushed in at one end
%% arrive at the other end in the same order, each tagged by every hop.
fwd(Next) ->
    receive
        stop -> Next ! stop;
        {M, Hops} -> Next ! {M, Hops + 1}, fwd(Next)
    end.
main(_) ->
    Head = lists:foldl(fun(_, Next) -> spawn(fun() -> fwd(Next) end) end,
                       self(), lists:seq(1, 500)),
    lists:foreach(fun(I) -> Head ! {I, 0} end, lists:seq(1, 300)),
    Head ! stop,
    Got = collect([]),
    erlang:display({count, length(Got)}),
    erlang:display({order, [M || {M, _} <- Got] =:= lists:seq(1, 300)}),
    erlang:display({hops, lists:usort([H || {_, H} <- Got])}),
    erlang:display(done).
collect(Acc) ->
    receive
        stop -> lists:reverse(Acc);
        {M, H} -> collect([{M, H} | Acc])
    end.
