-module(bin_refc_gc).
-export([main/1]).

%% Many off-heap binaries made, shared with other processes and dropped,
%% so that collections free some and keep others.
mk(I) -> list_to_binary([lists:duplicate(100, I rem 256), integer_to_list(I)]).

keep(0, Acc) -> Acc;
keep(N, Acc) ->
    B = mk(N),
    Acc2 = case N rem 100 of 0 -> [B | Acc]; _ -> Acc end,
    keep(N - 1, Acc2).

holder(Bins) ->
    receive
        {add, B} -> holder([B | Bins]);
        {sum, From} -> From ! {sum, lists:sum([byte_size(B) || B <- Bins]), length(Bins)}, holder(Bins);
        stop -> ok
    end.

main(_) ->
    Kept = keep(100000, []),
    erlang:display({length(Kept), lists:sum([byte_size(B) || B <- Kept])}),
    H = spawn(fun() -> holder([]) end),
    [H ! {add, mk(I)} || I <- lists:seq(1, 5000)],
    garbage_collect(),
    H ! {sum, self()},
    receive {sum, S, N} -> erlang:display({S, N}) end,
    %% the senders end; the holder keeps what they sent
    Ps = [spawn(fun() -> B = mk(I), H ! {add, B}, H ! {add, binary_part(B, 1, 90)} end) || I <- lists:seq(1, 200)],
    erlang:display(length(Ps)),
    timer_wait(),
    H ! {sum, self()},
    receive {sum, S2, N2} -> erlang:display({S2, N2}) end,
    [B1 | _] = Kept,
    erlang:display({byte_size(B1), hd(binary_to_list(B1))}),
    H ! stop.

timer_wait() -> receive after 200 -> ok end.
