-module(bs_base64_hand).
-export([main/1]).
%% Base64 and base32 by hand with the bit syntax (6- and 5-bit
%% generators, padding from the leftover bits), decoding with a
%% function-head alphabet, checked against module base64 and round trips
%% of every length 0..40; hex by hand; bad input refused.
id(X) -> X.

enc(Bin) ->
    Full = (byte_size(Bin) div 3) * 3,
    <<Whole:Full/binary, Rest/binary>> = Bin,
    Body = << <<(c(X))>> || <<X:6>> <= Whole >>,
    case Rest of
        <<>> -> Body;
        <<A:6, B:2>> -> <<Body/binary, (c(A)), (c(B bsl 4)), "==">>;
        <<A:6, B:6, C:4>> -> <<Body/binary, (c(A)), (c(B)), (c(C bsl 2)), "=">>
    end.

c(X) when X < 26 -> $A + X;
c(X) when X < 52 -> $a + X - 26;
c(X) when X < 62 -> $0 + X - 52;
c(62) -> $+;
c(63) -> $/.

v(C) when C >= $A, C =< $Z -> C - $A;
v(C) when C >= $a, C =< $z -> C - $a + 26;
v(C) when C >= $0, C =< $9 -> C - $0 + 52;
v($+) -> 62;
v($/) -> 63;
v(C) -> throw({bad_char, C}).

dec(Text) ->
    try
        Stripped = strip(Text),
        Bits = << <<(v(C)):6>> || <<C>> <= Stripped >>,
        Keep = (bit_size(Bits) div 8) * 8,
        <<Out:Keep/bitstring, Pad/bitstring>> = Bits,
        case Pad of
            <<0:(bit_size(Pad))>> -> {ok, Out};
            _ -> {error, nonzero_pad}
        end
    catch throw:Why -> {error, Why}
    end.

strip(T) ->
    case T of
        <<B:(byte_size(T) - 2)/binary, "==">> -> B;
        <<B:(byte_size(T) - 1)/binary, "=">> -> B;
        _ -> T
    end.

b32(Bin) ->
    Pad = (5 - (bit_size(Bin) rem 5)) rem 5,
    << <<(element(X + 1, list_to_tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")))>>
       || <<X:5>> <= <<Bin/bitstring, 0:Pad>> >>.

hex(Bin) -> << <<(hd(integer_to_list(N, 16)))>> || <<N:4>> <= Bin >>.
unhex(Hex) -> << <<(list_to_integer([C], 16)):4>> || <<C>> <= Hex >>.

main(_) ->
    Ins = [id(list_to_binary(lists:seq(0, N - 1))) || N <- lists:seq(0, 40)],
    erlang:display([enc(I) =:= base64:encode(I) || I <- Ins]),
    erlang:display([dec(enc(I)) =:= {ok, I} || I <- Ins]),
    erlang:display([enc(I) || I <- [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>]]),
    erlang:display([dec(T) || T <- [<<"Zm9vYmFy">>, <<"Zm9vYg==">>, <<"Zm9vYh==">>, <<"Zm9*">>, <<"">>, <<"QQ==">>]]),
    erlang:display(base64:decode(enc(<<255, 254, 253, 0, 1>>))),
    erlang:display([b32(B) || B <- [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>]]),
    erlang:display({hex(<<"Hi!", 0, 255>>), unhex(hex(<<"Hi!", 0, 255>>))}),
    Big = id(binary:copy(<<"The quick brown fox. ">>, 500)),
    E = enc(Big),
    erlang:display({byte_size(E), E =:= base64:encode(Big), dec(E) =:= {ok, Big}, erlang:crc32(E)}),
    ok.
