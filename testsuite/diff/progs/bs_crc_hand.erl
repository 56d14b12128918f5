-module(bs_crc_hand).
-export([main/1]).
%% Checksums by hand, bit by bit and byte by byte with the bit syntax:
%% CRC-32 (reflected, against erlang:crc32/1,2), CRC-16/CCITT and
%% CRC-8 (not reflected, shifting through the bits), Adler-32 (against
%% erlang:adler32), the Internet checksum, on inputs of many lengths.
id(X) -> X.

crc32(B) -> crc32(B, 16#FFFFFFFF) bxor 16#FFFFFFFF.
crc32(<<X, R/binary>>, C) -> crc32(R, crc32_bits(8, C bxor X));
crc32(<<>>, C) -> C.
crc32_bits(0, C) -> C;
crc32_bits(K, C) when C band 1 =:= 1 -> crc32_bits(K - 1, (C bsr 1) bxor 16#EDB88320);
crc32_bits(K, C) -> crc32_bits(K - 1, C bsr 1).

crc16(B) -> crc16(B, 16#FFFF).
crc16(<<Bit:1, R/bitstring>>, C) ->
    Top = (C bsr 15) bxor Bit,
    C1 = (C bsl 1) band 16#FFFF,
    crc16(R, case Top of 1 -> C1 bxor 16#1021; 0 -> C1 end);
crc16(<<>>, C) -> C.

crc8(B) -> crc8(B, 0).
crc8(<<Bit:1, R/bitstring>>, C) ->
    <<Top:1, Low:7>> = <<C>>,
    C1 = Low bsl 1,
    crc8(R, case Top bxor Bit of 1 -> C1 bxor 16#07; 0 -> C1 end);
crc8(<<>>, C) -> C.

adler(B) -> adler(B, 1, 0).
adler(<<X, R/binary>>, A, S) -> A1 = (A + X) rem 65521, adler(R, A1, (S + A1) rem 65521);
adler(<<>>, A, S) -> <<V:32>> = <<S:16, A:16>>, V.

inet(B) ->
    Padded = case bit_size(B) rem 16 of 0 -> B; _ -> <<B/binary, 0>> end,
    Sum = lists:sum([W || <<W:16>> <= Padded]),
    fold(Sum) bxor 16#FFFF.
fold(S) when S > 16#FFFF -> fold((S band 16#FFFF) + (S bsr 16));
fold(S) -> S.

main(_) ->
    Ins = [id(<< <<(I * 7 + 3)>> || I <- lists:seq(1, N) >>) || N <- [0, 1, 2, 3, 7, 8, 9, 100, 1000]],
    erlang:display([{crc32(I), crc32(I) =:= erlang:crc32(I)} || I <- Ins]),
    erlang:display(crc32(<<"123456789">>)),
    erlang:display(erlang:crc32(erlang:crc32(<<"12345">>), <<"6789">>)),
    erlang:display([crc16(I) || I <- Ins]),
    erlang:display({crc16(<<"123456789">>), crc8(<<"123456789">>)}),
    erlang:display([crc8(I) || I <- Ins]),
    erlang:display([crc16(<<1:N>>) || N <- lists:seq(1, 12)]),
    erlang:display([{adler(I), adler(I) =:= erlang:adler32(I)} || I <- Ins]),
    erlang:display([inet(I) || I <- Ins]),
    erlang:display(inet(<<16#45, 0, 0, 16#73, 0, 0, 16#40, 0, 16#40, 16#11, 0, 0, 16#C0, 16#A8, 0, 1, 16#C0, 16#A8, 0, 16#C7>>)),
    ok.
