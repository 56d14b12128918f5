%% ring.erl -- a ring of processes passes a token around: each hop is a
%% send and a receive in the next process.  Arguments: processes (default
%% 10,000) and rounds (default 1,000): 10 M hops.  Checksum: the hops
%% counted on the token.
-module(ring).
-export([main/1]).

main(Args) ->
    {N, Rounds} = case Args of
                      [] -> {10000, 1000};
                      [A] -> {list_to_integer(A), 1000};
                      [A, R | _] -> {list_to_integer(A), list_to_integer(R)}
                  end,
    First = self(),
    Next = build(N - 1, First),
    Next ! {token, 0},
    Hops = go(Next, Rounds),
    erlang:display(Hops).

build(0, Next) -> Next;
build(K, Next) -> build(K - 1, spawn(fun() -> relay(Next) end)).

relay(Next) ->
    receive
        {token, H} -> Next ! {token, H + 1}, relay(Next);
        stop -> Next ! stop
    end.

go(Next, 1) ->
    receive {token, H} -> Next ! stop, receive stop -> H end end;
go(Next, R) ->
    receive {token, H} -> Next ! {token, H + 1}, go(Next, R - 1) end.
