-module(bs_rle).
-export([main/1]).
%% Run-length encoding with the bit syntax: of bytes (count, byte pairs)
%% and of bits (alternating run lengths as Elias-gamma codes in a
%% bitstring), decoded back by matching; odd lengths, long runs, empty.
id(X) -> X.

rle(<<>>) -> <<>>;
rle(<<B, Rest/binary>>) -> run(Rest, B, 1, <<>>).

run(<<B, Rest/binary>>, B, N, Acc) when N < 255 -> run(Rest, B, N + 1, Acc);
run(<<C, Rest/binary>>, B, N, Acc) -> run(Rest, C, 1, <<Acc/binary, N, B>>);
run(<<>>, B, N, Acc) -> <<Acc/binary, N, B>>.

unrle(<<N, B, Rest/binary>>) -> <<(binary:copy(<<B>>, N))/binary, (unrle(Rest))/binary>>;
unrle(<<>>) -> <<>>.

%% bits: the first bit, then gamma codes of the run lengths
gamma(N) ->
    Len = bits(N),
    <<0:(Len - 1), N:Len>>.

bits(0) -> 0;
bits(N) -> 1 + bits(N bsr 1).

ungamma(B) -> ungamma(B, 0).
ungamma(<<0:1, R/bitstring>>, Z) -> ungamma(R, Z + 1);
ungamma(<<1:1, R/bitstring>>, Z) ->
    <<M:Z, Rest/bitstring>> = R,
    {(1 bsl Z) bor M, Rest}.

brle(<<>>) -> <<>>;
brle(<<F:1, _/bitstring>> = B) -> <<F:1, (bruns(B, F, 0, <<>>))/bitstring>>.

bruns(<<F:1, R/bitstring>>, F, N, Acc) -> bruns(R, F, N + 1, Acc);
bruns(<<G:1, R/bitstring>>, _, N, Acc) -> bruns(R, G, 1, <<Acc/bitstring, (gamma(N))/bitstring>>);
bruns(<<>>, _, N, Acc) -> <<Acc/bitstring, (gamma(N))/bitstring>>.

unbrle(<<>>) -> <<>>;
unbrle(<<F:1, R/bitstring>>) -> unbruns(R, F, <<>>).

unbruns(<<>>, _, Acc) -> Acc;
unbruns(B, F, Acc) ->
    {N, R} = ungamma(B),
    unbruns(R, 1 - F, <<Acc/bitstring, (ones(N, F))/bitstring>>).

ones(N, 1) -> <<(-1):N>>;
ones(N, 0) -> <<0:N>>.

main(_) ->
    Ins = [<<>>, <<"a">>, <<"aaabccccd">>, id(binary:copy(<<"z">>, 600)), <<"abcdef">>,
           id(<<(binary:copy(<<0>>, 300))/binary, 1, 1, (binary:copy(<<7>>, 256))/binary>>)],
    [erlang:display({byte_size(I), rle(I), unrle(rle(I)) =:= I}) || I <- lists:sublist(Ins, 5)],
    erlang:display({rle(lists:last(Ins)), unrle(rle(lists:last(Ins))) =:= lists:last(Ins)}),
    Bits = [<<>>, <<1:1>>, <<0:5>>, <<2#1110001:7>>, <<16#F0F0:16>>, <<0, 0, 0, 255, 1:1>>,
            id(<<(binary:copy(<<255>>, 100))/binary, 0:3, 1:2>>)],
    [erlang:display({B, brle(B), unbrle(brle(B)) =:= B}) || B <- lists:sublist(Bits, 6)],
    Last = lists:last(Bits),
    erlang:display({bit_size(Last), brle(Last), unbrle(brle(Last)) =:= Last}),
    erlang:display([gamma(N) || N <- [1, 2, 3, 4, 5, 8, 255, 256]]),
    ok.
