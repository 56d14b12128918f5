#!/usr/bin/env escript
%% bs_seeds.escript DIR — writes fuzz_bs's seed corpus into DIR: inputs
%% for bs_fuzzmatch:run/1 (a control length byte, pairs of operation and
%% size bytes, a 16-bit little-endian split offset, then the data), one
%% per operation with sizes of each kind (small, negative, huge, bignum,
%% odd, not an integer), over data that matches something: utf8/16/32,
%% floats including NaN and infinities, strings the heads look for.
main([Dir]) ->
    Data = [<<"ab", 16#e2, 16#82, 16#ac, 1.5:32/float, 16#7f, 0>>,
            <<16#7f, 16#80, 0, 0, 16#7f, 16#c0, 0, 0, 16#7c, 0, 16#fe, 0, 1:64/float>>,
            <<16#d8, 16#3d, 16#de, 16#00, 0, 0, 16#fe, 16#ff, 16#f4, 16#90, 0, 0>>,
            <<16#ed, 16#a0, 16#80, 16#c0, 16#80, 16#f0, 16#9f, 16#98, 16#80>>,
            <<1:1, 7:7, "ab", 0:1, 9:7, 255, 255, 3:3, 0:5>>,
            list_to_binary(lists:seq(0, 255))],
    Sizes = [0, 1, 8, 13, 64, 65, 159, 160, 179, 180, 189, 190, 199, 200, 249,
             250, 251, 252, 253, 255],
    Seeds = [<<2, Op, S, Off:16/little, D/binary>>
             || {Op, S, Off, D} <- [{Op, lists:nth(1 + (Op * 7 + K) rem length(Sizes), Sizes),
                                     (Op * 5 + K) rem 17, lists:nth(1 + K rem length(Data), Data)}
                                    || Op <- lists:seq(0, 21), K <- lists:seq(0, 5)]]
        ++ [<<0, 0:16, D/binary>> || D <- Data]
        ++ [<<8, 4, 3, 6, 2, 10, 0, 18, 200, 3:16/little, D/binary>> || D <- Data],
    lists:foldl(fun(S, I) ->
                        ok = file:write_file(filename:join(Dir, "seed" ++ integer_to_list(I)), S),
                        I + 1
                end, 0, Seeds),
    ok.
