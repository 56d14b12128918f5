-module(bs_protocol).
-export([main/1]).
%% A small binary protocol: frames of a 2-bit version, 6-bit type, flags,
%% a varint length and a payload with a checksum; a streaming parser fed
%% in chunks of every size (incomplete frames wait for more bytes), bad
%% frames reported with the reason, and the encoder checked against it.
id(X) -> X.

encode({Type, Flags, Payload}) ->
    Body = <<1:2, Type:6, Flags:8, (varint(byte_size(Payload)))/binary, Payload/binary>>,
    <<Body/binary, (sum(Body)):16>>.

sum(B) -> lists:sum([X || <<X>> <= B]) band 16#FFFF.

varint(N) when N < 128 -> <<0:1, N:7>>;
varint(N) -> <<1:1, (N band 127):7, (varint(N bsr 7))/binary>>.

get_varint(<<0:1, N:7, Rest/binary>>, Shift, Acc) -> {ok, Acc bor (N bsl Shift), Rest};
get_varint(<<1:1, N:7, Rest/binary>>, Shift, Acc) when Shift < 28 -> get_varint(Rest, Shift + 7, Acc bor (N bsl Shift));
get_varint(<<1:1, _:7, _/binary>>, _, _) -> {error, varint_too_long};
get_varint(<<>>, _, _) -> more.

frame(<<V:2, _/bitstring>>) when V =/= 1 -> {error, {version, V}};
frame(<<1:2, Type:6, Flags:8, Rest/binary>> = All) ->
    case get_varint(Rest, 0, 0) of
        {ok, Len, Rest2} ->
            case Rest2 of
                <<Payload:Len/binary, Sum:16, Tail/binary>> ->
                    HeadLen = byte_size(All) - byte_size(Rest2) + Len,
                    <<Head:HeadLen/binary, _/binary>> = All,
                    case sum(Head) of
                        Sum -> {ok, {Type, Flags, Payload}, Tail};
                        Other -> {error, {checksum, Sum, Other}}
                    end;
                _ -> more
            end;
        more -> more;
        Err -> Err
    end;
frame(_) -> more.

parse(Buf, Acc) ->
    case frame(Buf) of
        {ok, F, Rest} -> parse(Rest, [F | Acc]);
        more -> {lists:reverse(Acc), Buf};
        {error, _} = E -> {lists:reverse(Acc), E}
    end.

feed([], Buf, Acc) -> {lists:reverse(Acc), Buf};
feed([Chunk | Chunks], Buf, Acc) ->
    {Frames, Rest} = parse(<<Buf/binary, Chunk/binary>>, []),
    case Rest of
        {error, _} = E -> {lists:reverse(Acc, Frames), E};
        _ -> feed(Chunks, Rest, lists:reverse(Frames, Acc))
    end.

chunks(<<>>, _) -> [];
chunks(B, N) when byte_size(B) =< N -> [B];
chunks(B, N) -> <<C:N/binary, R/binary>> = B, [C | chunks(R, N)].

main(_) ->
    Msgs = [{1, 0, <<>>}, {2, 255, <<"hello">>}, {63, 7, id(binary:copy(<<"x">>, 200))},
            {5, 1, id(binary:copy(<<1, 2, 3>>, 20000))}, {0, 0, <<0>>}],
    Stream = id(list_to_binary([encode(M) || M <- Msgs])),
    erlang:display({byte_size(Stream), erlang:crc32(Stream)}),
    erlang:display(binary:part(Stream, 0, 30)),
    Results = [begin {Fs, Rest} = feed(chunks(Stream, N), <<>>, []), {N, Fs =:= Msgs, Rest} end
               || N <- [1, 2, 3, 5, 7, 64, 1000, 100000]],
    erlang:display(Results),
    %% errors: wrong version, bad checksum, an endless varint, a short stream
    erlang:display(parse(id(<<2:2, 0:6, 0, 0>>), [])),
    <<Pre:6/binary, S:16>> = encode({3, 3, <<"abc">>}),
    erlang:display(parse(id(<<Pre/binary, (S + 1):16>>), [])),
    erlang:display(parse(id(<<1:2, 1:6, 0, 255, 255, 255, 255, 255, 1>>), [])),
    erlang:display(parse(id(<<(encode({4, 0, <<"ok">>}))/binary, 1:2, 4:6, 0, 10, "shor">>), [])),
    ok.
