%% mapbig.erl -- a map of 1,000,000 integer keys (erl's hash trie on both
%% sides): built one put at a time (M#{K => V}), every key looked up, then
%% folded.  Keys are spread (K * 7919 rem a prime) so the trie is not
%% built in hash order.  Arguments: the keys (default 1000000) and the
%% passes (default 2).
-module(mapbig).
-export([main/1]).

main(Args) ->
    {N, Repeat} = case Args of
                      [] -> {1000000, 2};
                      [S] -> {list_to_integer(S), 2};
                      [S, R | _] -> {list_to_integer(S), list_to_integer(R)}
                  end,
    erlang:display(loop(Repeat, N, 0)).

loop(0, _N, Acc) -> Acc;
loop(K, N, Acc) ->
    M = build(N, N, #{}),
    L = lookup(N, N, M, 0),
    F = maps:fold(fun(Key, V, A) -> (A + Key + V) rem 1000000007 end, 0, M),
    loop(K - 1, N, (Acc + map_size(M) + L + F) rem 1000000007).

key(I, N) -> (I * 7919) rem (N * 2 + 1).

build(0, _N, M) -> M;
build(I, N, M) -> build(I - 1, N, M#{key(I, N) => I}).

lookup(0, _N, _M, Acc) -> Acc;
lookup(I, N, M, Acc) ->
    K = key(I, N),
    #{K := V} = M,
    lookup(I - 1, N, M, (Acc + V) rem 1000000007).
