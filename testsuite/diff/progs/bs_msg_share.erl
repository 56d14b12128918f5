-module(bs_msg_share).
-export([main/1]).
%% Binaries between processes: a large binary sent to many processes
%% (shared, not copied: referenced_byte_size), sub-binaries of it sent
%% and matched at the other end, binaries built by the receiver from
%% what it got, binaries in exit reasons and spawn arguments, and the
%% sender dropping its reference while receivers still use theirs.
id(X) -> X.

worker(Parent) ->
    receive
        {bin, B} ->
            <<H:8, _/binary>> = B,
            Parent ! {self(), {byte_size(B), H, binary:referenced_byte_size(B), erlang:crc32(B)}},
            worker(Parent);
        {part, P} ->
            Parent ! {self(), {part, byte_size(P), binary:referenced_byte_size(P), P}},
            worker(Parent);
        {bits, Bits} ->
            <<X:3, R/bitstring>> = Bits,
            Parent ! {self(), {bits, X, bit_size(R), <<R/bitstring, 1:1>>}},
            worker(Parent);
        stop -> exit({done, binary:copy(<<"bye">>, 30)})
    end.

collect(Pids) -> [receive {P, Msg} -> Msg end || P <- Pids].

main(_) ->
    Parent = self(),
    Big = id(binary:copy(<<"0123456789">>, 10000)),
    Pids = [spawn(fun() -> worker(Parent) end) || _ <- lists:seq(1, 5)],
    [P ! {bin, Big} || P <- Pids],
    erlang:display(collect(Pids)),
    %% slices of the big binary: a sub-binary keeps the whole alive
    <<_:100/binary, Slice:50/binary, _/binary>> = Big,
    %% as erl extracts them: whole bytes up to 64 are copied, tails too
    <<_:3, S2:64/binary, _/bitstring>> = Big,
    <<_:8, S3:65/binary, _/binary>> = Big,
    <<_:99990/binary, S4/binary>> = Big,
    <<_:8, S5:13/bitstring, _/bitstring>> = Big,
    erlang:display({[binary:referenced_byte_size(X) || X <- [Slice, S2, S3, S4]], S5}),
    [P ! {part, Slice} || P <- Pids],
    erlang:display(hd(collect(Pids))),
    Small = binary:copy(Slice),
    [P ! {part, Small} || P <- Pids],
    erlang:display(hd(collect(Pids))),
    %% bitstrings at odd offsets
    <<_:5, Odd:77/bitstring, _/bitstring>> = Big,
    [P ! {bits, Odd} || P <- Pids],
    erlang:display(lists:usort(collect(Pids))),
    %% exit reasons carry binaries
    Mons = [{P, monitor(process, P)} || P <- Pids],
    [P ! stop || P <- Pids],
    erlang:display(lists:usort([receive {'DOWN', R, process, P, Why} -> Why end || {P, R} <- Mons])),
    %% spawn arguments: the binary travels to the new process
    Self = self(),
    Pid2 = spawn(fun() -> Self ! {echo, size(id(Big)), binary:last(Big)} end),
    erlang:display({spawned, is_pid(Pid2), receive {echo, S, L} -> {S, L} end}),
    %% the receiver keeps a binary after the sender forgot it
    Keeper = spawn(fun() ->
                           receive {keep, K} ->
                                   receive {give, To} -> To ! {kept, erlang:md5(K)} end
                           end
                   end),
    send_fresh(Keeper),
    erlang:garbage_collect(),
    Keeper ! {give, self()},
    receive {kept, Md5} -> erlang:display(Md5) end,
    %% a ring passing one binary around, each process appending a byte
    erlang:display(ring(10, <<"start">>)),
    ok.

send_fresh(Keeper) ->
    Fresh = list_to_binary([<<I:32>> || I <- lists:seq(1, 5000)]),
    Keeper ! {keep, Fresh},
    ok.

ring(0, B) -> B;
ring(N, B) ->
    Self = self(),
    P = spawn(fun() -> receive {B0, From} -> From ! {self(), <<B0/binary, ($a + N)>>} end end),
    P ! {B, Self},
    receive {P, B1} -> ring(N - 1, B1) end.
