-module(proc_tree).
-export([main/1]).
%% A binary tree of processes 11 levels deep (4,095 processes): each node
%% spawns two children, waits for both sums and replies with its own
%% value added; the root's sum and the node count come back to main.
node(Parent, Depth, Id) when Depth =:= 0 ->
    Parent ! {self(), Id, 1};
node(Parent, Depth, Id) ->
    Me = self(),
    L = spawn(fun() -> node(Me, Depth - 1, 2 * Id) end),
    R = spawn(fun() -> node(Me, Depth - 1, 2 * Id + 1) end),
    {SL, CL} = receive {L, S1, C1} -> {S1, C1} end,
    {SR, CR} = receive {R, S2, C2} -> {S2, C2} end,
    Parent ! {self(), Id + SL + SR, 1 + CL + CR}.
main(_) ->
    Me = self(),
    Root = spawn(fun() -> node(Me, 11, 1) end),
    receive {Root, Sum, Count} ->
            erlang:display({count, Count}),
            erlang:display({sum, Sum}),
            erlang:display({sum_ok, Sum =:= lists:sum(lists:seq(1, Count))})
    end,
    erlang:display(done).
