-module(hash_phash2_bits).
-export([main/1]).
%% erlang:phash2/1 of binaries and bitstrings: erl's exact values.  Every
%% length around lookup2's 12-byte blocks, heap binaries and off-heap ones
%% (above 64 bytes), bit lengths 1..7 past whole bytes, and sub-binaries
%% made by matching at every bit offset (so unaligned ones), which hash
%% as the same bits made whole.
id(X) -> X.
bytes(N) -> list_to_binary([(I * 37 + 11) band 255 || I <- lists:seq(1, N)]).
main(_) ->
    erlang:display({lengths, [erlang:phash2(id(bytes(N))) || N <- lists:seq(0, 100)]}),
    erlang:display({long, [erlang:phash2(id(bytes(N))) || N <- [127, 128, 255, 256, 1000, 4095, 65536]]}),
    erlang:display({zeros, [erlang:phash2(id(<<0:(8 * N)>>)) || N <- lists:seq(0, 30)]}),
    erlang:display({ones, [erlang:phash2(id(<<-1:(8 * N)>>)) || N <- lists:seq(0, 30)]}),
    Bits = [<<(bytes(N div 8))/binary, (N * 5):(N rem 8)>> || N <- lists:seq(0, 150)],
    erlang:display({bitstrings, [erlang:phash2(id(B)) || B <- Bits]}),
    erlang:display({small_bits, [erlang:phash2(id(<<V:K>>)) || K <- lists:seq(1, 7), V <- [0, 1, (1 bsl K) - 1]]}),
    Src = bytes(200),
    Subs = [begin <<_:Off, S:Len/bitstring, _/bitstring>> = Src, S end
            || Off <- lists:seq(0, 17), Len <- [0, 1, 7, 8, 9, 15, 16, 17, 95, 96, 97, 100, 800, 807]],
    erlang:display({subs, [erlang:phash2(id(S)) || S <- Subs]}),
    erlang:display({subs_as_copies, [erlang:phash2(S) =:= erlang:phash2(copy(S)) || S <- Subs]}),
    Heap = bytes(40),
    HSubs = [begin <<_:Off, S/bitstring>> = Heap, S end || Off <- lists:seq(0, 40)],
    erlang:display({heap_subs, [erlang:phash2(id(S)) || S <- HSubs]}),
    Nested = [{S, [S, S], #{S => S}} || S <- lists:sublist(HSubs, 1, 12)],
    erlang:display({nested, [erlang:phash2(id(N)) || N <- Nested]}),
    Appended = lists:foldl(fun(I, Acc) -> <<Acc/bitstring, I:3>> end, <<>>, lists:seq(1, 200)),
    erlang:display({appended, erlang:phash2(Appended), bit_size(Appended)}),
    erlang:display({ranges, [erlang:phash2(id(bytes(N)), 1000) || N <- lists:seq(0, 40)]}).
copy(S) -> list_to_bitstring([S]).
