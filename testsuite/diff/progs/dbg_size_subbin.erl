-module(dbg_size_subbin).
-export([main/1]).
%% erts_debug:flat_size/1 and size/1 of bitstrings as erl 25 lays them
%% out, and binary:referenced_byte_size/1: matching copies whole-byte
%% parts of at most 64 bytes (at any bit offset) and makes sub-binaries
%% of the rest (5 words plus a ProcBin, or a heap binary of the bytes
%% they touch); appends make ProcBins; literals above 64 bytes count as
%% ProcBins.
id(X) -> X.
tl1(<<_:8, T/binary>>) -> T.
tl2(<<_:150/binary, T/binary>>) -> T.
tl3(<<_:3, T/bitstring>>) -> T.
parts(<<A:2/binary, B:1/binary, T/binary>>, Acc) when byte_size(T) > 190 -> parts(T, [A, B | Acc]);
parts(T, Acc) -> [T | Acc].
main(_) ->
    Small = id(list_to_binary(lists:seq(1, 40))),
    Big = id(list_to_binary(lists:duplicate(200, 7))),
    [erlang:display({Tag, Off, [begin <<_:Off/bitstring, S:Len/bitstring, _/bitstring>> = Src,
                                      {Len, erts_debug:flat_size(S), erts_debug:size({S, S})}
                                end || Len <- Lens]})
     || {Tag, Src, Lens} <- [{small, Small, [0, 1, 7, 8, 9, 24, 64, 100, 200, 300]},
                             {big, Big, [0, 1, 7, 8, 9, 24, 64, 100, 200, 300, 504, 512, 520, 800, 1000, 1590]}],
        Off <- [0, 1, 3, 4, 7, 8, 9, 16]],
    Parts = [tl1(Big), tl2(Big), tl3(Big), tl1(Small), tl3(Small), binary:part(Big, 5, 3),
             binary:part(Big, 5, 100), binary_part(Small, 1, 30) | parts(Big, [])],
    erlang:display({parts, [{erts_debug:flat_size(P), binary:referenced_byte_size(P)} || P <- Parts]}),
    {A, B} = split_binary(Big, 10),
    erlang:display({split, [erts_debug:flat_size(X) || X <- [A, B, {A, A}, [B, B]]],
                    [erts_debug:size(X) || X <- [{A, A}, [B, B]]]}),
    App = lists:foldl(fun(I, Acc) -> <<Acc/bitstring, I:3>> end, <<>>, lists:seq(1, 10)),
    App2 = lists:foldl(fun(I, Acc) -> <<Acc/bitstring, I:3>> end, <<>>, lists:seq(1, 300)),
    App3 = lists:foldl(fun(I, Acc) -> <<Acc/binary, I:8>> end, <<>>, lists:seq(1, 10)),
    Made = [App, App2, App3, <<(id(5)):3>>, <<(id(Small))/binary, (id(1)):1>>,
            <<(id(Big))/binary, (id(1)):1>>, <<(id(1)):12>>, <<1:3>>, <<0:1000, 1:3>>, <<1, 2, 3>>,
            list_to_binary(lists:duplicate(100, $a)), binary_to_term(term_to_binary(<<Small/binary, 1:1>>)),
            list_to_bitstring([Small, <<1:1>>])],
    erlang:display({made, [{bit_size(M), erts_debug:flat_size(M)} || M <- Made]}),
    erlang:display({shared, [erts_debug:size(X) || X <- [{App, App}, [App2 | App2], {Made, Made}]]}),
    <<_:8, S1:3/binary, _/binary>> = Big,
    <<_:1, S2:3/binary, _/bitstring>> = Big,
    <<_:8, S3:100/binary, _/binary>> = Big,
    <<_:8, S4:64/binary, _/binary>> = Big,
    erlang:display({referenced, [binary:referenced_byte_size(X) || X <- [S1, S2, S3, S4, Big, Small]]}).
