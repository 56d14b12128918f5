-module(hamt_msg).
-export([main/1]).
%% Large maps between processes: sent in messages (copied to the
%% receiver's heap), in exit reasons through links and monitors, and as
%% spawn arguments; the copies equal the originals and keep erl's shape.
echo() -> receive {From, M} -> From ! {self(), M#{echoed => true}}, echo(); stop -> ok end.
main(_) ->
    M = maps:from_list([{I, {v, I, <<I:64>>}} || I <- lists:seq(1, 300)]),
    P = spawn(fun echo/0),
    P ! {self(), M},
    R = receive {P, X} -> X end,
    erlang:display({map_size(R), maps:remove(echoed, R) =:= M}),
    erlang:display(lists:sublist(maps:keys(R), 10)),
    P ! stop,
    {Pid, Ref} = spawn_monitor(fun() -> exit(maps:from_list([{I, I} || I <- lists:seq(1, 40)])) end),
    receive {'DOWN', Ref, process, Pid, Reason} -> erlang:display(Reason) end,
    Self = self(),
    spawn(fun() -> Self ! {sum, lists:sum([I || {v, I, _} <- maps:values(M#{0 => {v, 0, <<>>}})])} end),
    receive {sum, S} -> erlang:display(S) end,
    spawn(fun() -> Self ! {got, maps:size(hd([M]))} end),
    receive {got, N} -> erlang:display(N) end,
    ok.
