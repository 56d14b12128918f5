-module(bs_bit_ops).
-export([main/1]).
%% Bit manipulation through the bit syntax: reversing the bits of a
%% bitstring, population counts, interleaving two numbers' bits (Morton
%% codes), Gray codes, rotating a bitstring, xor of bitstrings of odd
%% lengths, bit fields of a packed record, and sign extension.
id(X) -> X.

reverse_bits(B) -> << <<X:1>> || X <- lists:reverse([X || <<X:1>> <= B]) >>.
popcount(B) -> lists:sum([X || <<X:1>> <= B]).

interleave(X, Y, N) ->
    <<Xs:N/bitstring>> = <<X:N>>, <<Ys:N/bitstring>> = <<Y:N>>,
    << <<A:1, B:1>> || {A, B} <- lists:zip([A || <<A:1>> <= Xs], [B || <<B:1>> <= Ys]) >>.

gray(N, W) -> <<(N bxor (N bsr 1)):W>>.

rotl(B, K) ->
    K1 = K rem max(1, bit_size(B)),
    <<H:K1/bitstring, T/bitstring>> = B,
    <<T/bitstring, H/bitstring>>.

bxor_bits(A, B) ->
    N = bit_size(A),
    <<X:N>> = A, <<Y:N>> = B,
    <<(X bxor Y):N>>.

-record(hdr, {ver, ihl, dscp, ecn, len, flags, frag, ttl}).
pack(#hdr{ver = V, ihl = I, dscp = D, ecn = E, len = L, flags = F, frag = Fr, ttl = T}) ->
    <<V:4, I:4, D:6, E:2, L:16, F:3, Fr:13, T:8>>.
unpack(<<V:4, I:4, D:6, E:2, L:16, F:3, Fr:13, T:8>>) ->
    #hdr{ver = V, ihl = I, dscp = D, ecn = E, len = L, flags = F, frag = Fr, ttl = T}.

sext(X, N) -> <<S:N/signed>> = <<X:N>>, S.

main(_) ->
    Bs = [<<>>, <<1:1>>, <<2#10110:5>>, <<16#F0>>, <<1, 2, 3:3>>, id(binary:copy(<<16#A5>>, 50))],
    erlang:display([{reverse_bits(B), popcount(B)} || B <- lists:sublist(Bs, 5)]),
    erlang:display(reverse_bits(reverse_bits(lists:last(Bs))) =:= lists:last(Bs)),
    erlang:display([interleave(X, Y, 8) || {X, Y} <- [{0, 255}, {255, 0}, {16#A5, 16#5A}, {3, 5}]]),
    erlang:display([gray(N, 4) || N <- lists:seq(0, 15)]),
    erlang:display([rotl(id(<<2#1011001:7>>), K) || K <- lists:seq(0, 8)]),
    erlang:display([bxor_bits(A, B) || {A, B} <- [{<<1:1>>, <<1:1>>}, {<<5:3>>, <<2:3>>}, {<<"ab">>, <<"AB">>}, {<<1, 2:5>>, <<255, 31:5>>}]]),
    H = #hdr{ver = 4, ihl = 5, dscp = 46, ecn = 1, len = 1500, flags = 2, frag = 8191, ttl = 64},
    P = pack(H),
    erlang:display({P, unpack(P) =:= H, unpack(id(<<16#45, 16#B8, 5, 16#DC, 16#5F, 16#FF, 64>>))}),
    erlang:display([sext(X, N) || {X, N} <- [{255, 8}, {128, 8}, {127, 8}, {7, 3}, {4, 3}, {1, 1}, {16#80000000, 32}, {1 bsl 63, 64}, {(1 bsl 70) - 1, 71}]]),
    erlang:display([popcount(<<N:64>>) || N <- [0, 1, 255, 1 bsl 63, (1 bsl 64) - 1, 16#123456789ABCDEF]]),
    ok.
