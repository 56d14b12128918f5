%% binbuild.erl -- building a large binary with bs_create_bin in a loop:
%% each step appends a 32-bit integer, a byte and a 16-bit little-endian
%% integer to the accumulator (<<Acc/binary, ...>>), which both sides can
%% do in place.  Arguments: the steps (default 2000000) and the passes
%% (default 3).
-module(binbuild).
-export([main/1]).

main(Args) ->
    {N, Repeat} = case Args of
                      [] -> {2000000, 3};
                      [S] -> {list_to_integer(S), 3};
                      [S, R | _] -> {list_to_integer(S), list_to_integer(R)}
                  end,
    erlang:display(loop(Repeat, N, 0)).

loop(0, _N, Acc) -> Acc;
loop(K, N, Acc) ->
    B = build(N, <<>>),
    loop(K - 1, N, (Acc + byte_size(B) + binary:last(B) + K) rem 1000000007).

build(0, Acc) -> Acc;
build(I, Acc) -> build(I - 1, <<Acc/binary, I:32, (I rem 256):8, (I band 16#FFFF):16/little>>).
