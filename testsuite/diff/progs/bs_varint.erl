-module(bs_varint).
-export([main/1]).
%% Variable-length integers with the bit syntax: unsigned LEB128 and its
%% signed form, zigzag, the protobuf-style key (field number and wire
%% type packed in one varint) and big integers of hundreds of bits; the
%% exact bytes at the 7-bit boundaries and round trips, decoding errors
%% for truncated input.
id(X) -> X.

uleb(N) when N < 128 -> <<N>>;
uleb(N) -> <<1:1, (N band 127):7, (uleb(N bsr 7))/binary>>.

sleb(N) ->
    Byte = N band 127,
    Rest = N bsr 7,
    case (Rest =:= 0 andalso Byte band 64 =:= 0) orelse (Rest =:= -1 andalso Byte band 64 =/= 0) of
        true -> <<Byte>>;
        false -> <<1:1, Byte:7, (sleb(Rest))/binary>>
    end.

unuleb(B) -> unuleb(B, 0, 0).
unuleb(<<0:1, X:7, R/binary>>, S, Acc) -> {Acc bor (X bsl S), R};
unuleb(<<1:1, X:7, R/binary>>, S, Acc) -> unuleb(R, S + 7, Acc bor (X bsl S));
unuleb(<<>>, _, _) -> truncated.

unsleb(B) -> unsleb(B, 0, 0).
unsleb(<<0:1, X:7, R/binary>>, S, Acc) ->
    V = Acc bor (X bsl S),
    case X band 64 of 0 -> {V, R}; _ -> {V - (1 bsl (S + 7)), R} end;
unsleb(<<1:1, X:7, R/binary>>, S, Acc) -> unsleb(R, S + 7, Acc bor (X bsl S));
unsleb(<<>>, _, _) -> truncated.

zigzag(N) when N >= 0 -> N * 2;
zigzag(N) -> -N * 2 - 1.
unzigzag(Z) when Z band 1 =:= 0 -> Z bsr 1;
unzigzag(Z) -> -((Z + 1) bsr 1).

key(Field, Type) -> uleb((Field bsl 3) bor Type).
unkey(B) -> {K, R} = unuleb(B), <<F:(bit_size(<<K:64>>) - 3), T:3>> = <<K:64>>, {F, T, R}.

main(_) ->
    Us = [0, 1, 127, 128, 255, 300, 16383, 16384, 2097151, 2097152, (1 bsl 32) - 1, 1 bsl 35, (1 bsl 64) - 1, 1 bsl 200],
    erlang:display([{N, uleb(N)} || N <- lists:sublist(Us, 11)]),
    erlang:display([unuleb(uleb(N)) =:= {N, <<>>} || N <- Us]),
    Ss = [0, 1, -1, 63, 64, -64, -65, 127, -128, 8191, -8192, 1 bsl 40, -(1 bsl 40), -(1 bsl 130)],
    erlang:display([{N, sleb(N)} || N <- lists:sublist(Ss, 11)]),
    erlang:display([unsleb(sleb(N)) =:= {N, <<>>} || N <- Ss]),
    erlang:display([{N, zigzag(N), unzigzag(zigzag(N))} || N <- [0, -1, 1, -2, 2, 2147483647, -2147483648]]),
    erlang:display([{key(F, T), unkey(key(F, T))} || {F, T} <- [{1, 0}, {2, 2}, {15, 5}, {16, 0}, {536870911, 2}]]),
    Stream = id(list_to_binary([uleb(N) || N <- Us])),
    erlang:display({byte_size(Stream), all(Stream, [])}),
    erlang:display([unuleb(id(B)) || B <- [<<>>, <<128>>, <<255, 255>>, <<128, 0>>, <<1, 2>>]]),
    ok.

all(<<>>, Acc) -> lists:reverse(Acc);
all(B, Acc) -> {N, R} = unuleb(B), all(R, [N | Acc]).
