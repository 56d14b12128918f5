%% binparse.erl -- a binary protocol parser: a binary of length-prefixed
%% records (16-bit big-endian length, then a 32-bit id, a 8-bit kind and
%% the payload) is built once, then parsed whole Repeat times with the
%% bit syntax, folding the ids, kinds and payload sizes into a checksum.
%% Arguments: the binary's size in MB (default 10) and the passes
%% (default 5).
-module(binparse).
-export([main/1]).

main(Args) ->
    {Mb, Repeat} = case Args of
                       [] -> {10, 5};
                       [M] -> {list_to_integer(M), 5};
                       [M, R | _] -> {list_to_integer(M), list_to_integer(R)}
                   end,
    Bin = build(Mb * 1024 * 1024, 0, []),
    erlang:display({byte_size(Bin), loop(Repeat, Bin, 0)}).

%% Records of 5 + (I rem 60) payload bytes until Size bytes are reached.
build(Size, _I, Acc) when Size =< 0 -> list_to_binary(lists:reverse(Acc));
build(Size, I, Acc) ->
    Len = 5 + I rem 60,
    Rec = <<Len:16, I:32, (I rem 7):8, (binary:copy(<<(I rem 256)>>, Len - 5))/binary>>,
    build(Size - Len - 2, I + 1, [Rec | Acc]).

loop(0, _Bin, Acc) -> Acc;
loop(K, Bin, Acc) -> loop(K - 1, Bin, parse(Bin, Acc + K)).

parse(<<Len:16, Id:32, Kind:8, Payload:(Len - 5)/binary, Rest/binary>>, Acc) ->
    parse(Rest, (Acc * 31 + Id + Kind * 7 + byte_size(Payload)) band 16#FFFFFFF);
parse(<<>>, Acc) -> Acc.
