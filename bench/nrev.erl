%% nrev.erl -- naive reverse: quadratic list building with append, so
%% the time goes to allocation, cons cells and the garbage collector.
%% Arguments: list length (default 400) and how many times it is
%% reversed (default 3000).
-module(nrev).
-export([main/1]).

main(Args) ->
    {Len, Repeat} = case Args of
                        [] -> {400, 3000};
                        [L] -> {list_to_integer(L), 3000};
                        [L, R | _] -> {list_to_integer(L), list_to_integer(R)}
                    end,
    List = seq(1, Len),
    erlang:display(loop(Repeat, List, 0)).

%% Each round reverses the list and folds its elements into the checksum,
%% so no round can be skipped.
loop(0, _List, Acc) -> Acc;
loop(K, List, Acc) ->
    R = nrev(List),
    loop(K - 1, List, checksum(R, Acc + K) rem 1000000007).

nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).

app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].

seq(N, M) when N > M -> [];
seq(N, M) -> [N | seq(N + 1, M)].

checksum([], Acc) -> Acc;
checksum([H | T], Acc) -> checksum(T, (Acc * 31 + H) band 16#FFFFFFF).
