-module(proc_100k_alive).
-export([main/1]).
%% 100,000 processes alive at once, each blocked in a receive; all are
%% counted alive, then each gets a message and replies; the replies are
%% counted and summed.
main(_) ->
    Me = self(),
    N = 100000,
    Ps = [spawn(fun() -> receive {go, X} -> Me ! {done, X * 2 + 1} end end)
          || _ <- lists:seq(1, N)],
    erlang:display({spawned, length(Ps)}),
    erlang:display({distinct, length(lists:usort(Ps))}),
    erlang:display({alive, length([P || P <- Ps, is_process_alive(P)])}),
    _ = lists:foldl(fun(P, I) -> P ! {go, I}, I + 1 end, 1, Ps),
    {Count, Sum} = collect(N, 0, 0),
    erlang:display({replies, Count}),
    erlang:display({checksum, Sum}),
    erlang:display({no_more, receive X -> X after 0 -> none end}),
    erlang:display(done).
collect(0, C, S) -> {C, S};
collect(N, C, S) ->
    receive {done, X} -> collect(N - 1, C + 1, S + X) end.
