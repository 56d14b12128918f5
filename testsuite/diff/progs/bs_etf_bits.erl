-module(bs_etf_bits).
-export([main/1]).
%% term_to_binary of binaries and bitstrings: heap binaries, ProcBins,
%% sub-binaries at odd offsets, bitstrings of every tail length
%% (BIT_BINARY_EXT), inside other terms, compressed; the exact bytes, and
%% binary_to_term of each back, plus malformed bit-binary encodings.
id(X) -> X.

main(_) ->
    [erlang:display({N, term_to_binary(id(<<16#ABCD:N>>))}) || N <- lists:seq(0, 17)],
    <<_:5, Sub:20/binary, _/bitstring>> = id(<<0:5, (list_to_binary(lists:seq(1, 30)))/binary, 0:3>>),
    erlang:display(term_to_binary(Sub)),
    <<_:3, Bits:13/bitstring, _/bitstring>> = id(<<"abcdef">>),
    erlang:display({Bits, term_to_binary(Bits)}),
    Long = id(binary:copy(<<"xyz">>, 40)),
    E1 = term_to_binary(Long),
    erlang:display({byte_size(E1), binary:part(E1, 0, 8)}),
    E2 = term_to_binary(Long, [compressed]),
    erlang:display({byte_size(E2), E2}),
    T = {<<>>, [<<1:1>>, <<"a">>], #{<<2:2>> => <<3:3>>}, Sub},
    E3 = term_to_binary(T),
    erlang:display(E3),
    erlang:display(binary_to_term(E3) =:= T),
    erlang:display([binary_to_term(term_to_binary(<<X:N>>)) =:= <<X:N>> || N <- lists:seq(1, 40, 3), X <- [0, 5, 1 bsl 39 - 1]]),
    %% hand-made BIT_BINARY_EXT: tail bits 1..8 accepted; 0 (with a byte)
    %% and 9 refused; bits past the tail ignored; an empty one
    Hand = [<<131, 77, 0, 0, 0, 1, 3, 255>>, <<131, 77, 0, 0, 0, 1, 8, 255>>,
            <<131, 77, 0, 0, 0, 1, 0, 255>>, <<131, 77, 0, 0, 0, 1, 9, 255>>,
            <<131, 77, 0, 0, 0, 0, 0>>, <<131, 77, 0, 0, 0, 0, 3>>,
            <<131, 77, 0, 0, 0, 2, 1, 1, 128>>, <<131, 77, 0, 0, 0, 3, 4, 1, 2>>,
            <<131, 109, 0, 0, 0, 3, 1, 2, 3>>, <<131, 109, 0, 0, 0, 4, 1, 2, 3>>],
    [erlang:display({H, try binary_to_term(H) catch C:R -> {C, R} end}) || H <- Hand],
    ok.
