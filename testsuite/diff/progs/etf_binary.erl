-module(etf_binary).
-export([main/1]).

%% Binaries and bitstrings: BINARY_EXT, BIT_BINARY_EXT for every count of
%% trailing bits, sub-binaries at bit offsets, heap and reference-counted
%% sizes, and the bitstring encodings binary_to_term reads.

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

sum(B) -> lists:foldl(fun(X, A) -> (A * 31 + X) rem 1000000007 end, 0, binary_to_list(B)).

main(_) ->
    Bin = list_to_binary(lists:seq(0, 255)),
    Bs = [<<>>, <<1>>, <<1, 2, 3>>, binary:part(Bin, 0, 64), binary:part(Bin, 0, 65),
          Bin, binary:copy(Bin, 40), binary:part(Bin, 17, 100)],
    lists:foreach(fun(B0) ->
                          B = term_to_binary(B0),
                          erlang:display({byte_size(B), sum(B), binary:part(B, 0, min(12, byte_size(B)))}),
                          erlang:display(binary_to_term(B) =:= B0)
                  end, Bs),
    %% bitstrings of every length from 0 to 24 bits, at every bit offset
    [begin
         <<_:Off, S:Len/bitstring, _/bitstring>> = id(<<16#A5, 16#C3, 16#5A, 16#3C, 16#FF>>),
         B = term_to_binary(S),
         erlang:display({Off, Len, B}),
         S = binary_to_term(B)
     end || Off <- [0, 1, 3, 7], Len <- [0, 1, 2, 7, 8, 9, 15, 16, 17, 23, 24]],
    %% a long bitstring at a bit offset
    <<_:5, Long:100003/bitstring, _/bitstring>> = id(binary:copy(Bin, 50)),
    LB = term_to_binary(Long),
    erlang:display({byte_size(LB), sum(LB), binary_to_term(LB) =:= Long}),
    erlang:display(term_to_binary({<<1:1>>, <<>>, <<"ab">>, <<7:3, 1:4>>})),
    P = fun(B) -> erlang:display(t(fun() -> X = binary_to_term(B), {X, bit_size(X), term_to_binary(X)} end)) end,
    P(<<131,109,0,0,0,0>>),
    P(<<131,109,0,0,0,3,1,2,3>>),
    P(<<131,77,0,0,0,1,3,255>>),
    P(<<131,77,0,0,0,1,8,255>>),
    P(<<131,77,0,0,0,2,1,255,255>>),
    P(<<131,77,0,0,0,0,0>>),
    P(<<131,77,0,0,0,1,0,255>>),
    P(<<131,77,0,0,0,1,9,255>>),
    P(<<131,77,0,0,0,0,3>>),
    P(<<131,77,0,0,0,0,8>>),
    P(<<131,77,0,0,0,2,7,1>>),
    P(<<131,109,0,0,0,4,1,2,3>>),
    P(<<131,109,255,255,255,255,1>>),
    P(<<131,109,0,0>>),
    P(<<131,77,0,0,0,1>>),
    %% binary_to_term reads a binary that is a part of another, at any bit
    %% offset; a bitstring is not a binary
    Enc = term_to_binary({hello, [1, 2, 3], <<"world">>}),
    [begin
         Padded = <<0:K, Enc/binary, 0:(8 - K)>>,
         <<_:K, Mid:(byte_size(Enc))/binary, _/bitstring>> = Padded,
         erlang:display({K, binary_to_term(Mid), binary_to_term(<<Mid/binary, 9>>, [used])})
     end || K <- [0, 1, 4, 7, 8]],
    erlang:display(t(fun() -> binary_to_term(<<Enc/binary, 1:1>>) end)),
    erlang:display(t(fun() -> binary_to_term(id(<<131, 97, 1:7>>)) end)),
    ok.
