-module(bs_utf_match).
-export([main/1]).
%% Matching utf8/16/32: what erl accepts (shortest forms, no surrogates,
%% at most 0x10FFFF) and what fails to match (overlong forms, encoded
%% surrogates, truncated sequences, bytes F5..FF, lone continuation
%% bytes, unpaired utf16 surrogates, big utf32 values), in both byte
%% orders, skipped as well as got, at odd bit offsets.
id(X) -> X.

u8(B) -> case B of <<C/utf8, R/bitstring>> -> {C, R}; _ -> nomatch end.
s8(B) -> case B of <<_/utf8, R/bitstring>> -> R; _ -> nomatch end.
u16(B) -> case B of <<C/utf16, R/bitstring>> -> {C, R}; _ -> nomatch end.
u16l(B) -> case B of <<C/utf16-little, R/bitstring>> -> {C, R}; _ -> nomatch end.
s16l(B) -> case B of <<_/utf16-little, R/bitstring>> -> R; _ -> nomatch end.
u32(B) -> case B of <<C/utf32, R/bitstring>> -> {C, R}; _ -> nomatch end.
u32l(B) -> case B of <<C/utf32-little, R/bitstring>> -> {C, R}; _ -> nomatch end.
s32(B) -> case B of <<_/utf32, R/bitstring>> -> R; _ -> nomatch end.

decode(B) -> decode(B, []).
decode(<<C/utf8, R/binary>>, Acc) -> decode(R, [C | Acc]);
decode(<<>>, Acc) -> {ok, lists:reverse(Acc)};
decode(R, Acc) -> {error, lists:reverse(Acc), R}.

main(_) ->
    U8 = [<<0>>, <<16#7F>>, <<16#C2, 16#80>>, <<16#DF, 16#BF>>, <<16#E0, 16#A0, 16#80>>,
          <<16#EF, 16#BF, 16#BF>>, <<16#F0, 16#90, 16#80, 16#80>>, <<16#F4, 16#8F, 16#BF, 16#BF>>,
          %% overlong, surrogates, past the end, truncated, stray bytes
          <<16#C0, 16#80>>, <<16#C1, 16#BF>>, <<16#E0, 16#80, 16#80>>, <<16#E0, 16#9F, 16#BF>>,
          <<16#F0, 16#80, 16#80, 16#80>>, <<16#F0, 16#8F, 16#BF, 16#BF>>,
          <<16#ED, 16#A0, 16#80>>, <<16#ED, 16#BF, 16#BF>>, <<16#ED, 16#9F, 16#BF>>,
          <<16#F4, 16#90, 16#80, 16#80>>, <<16#F5, 16#80, 16#80, 16#80>>, <<16#FF>>, <<16#FE>>,
          <<16#80>>, <<16#BF>>, <<16#C2>>, <<16#E2, 16#82>>, <<16#F0, 16#9F, 16#98>>,
          <<16#C2, 16#41>>, <<16#E2, 16#28, 16#A1>>, <<16#F8, 16#88, 16#80, 16#80, 16#80>>,
          <<16#E2, 16#82, 16#AC, 16#21>>, <<>>, <<1:7>>, <<16#C2, 16#80:7>>],
    [erlang:display({B, u8(id(B)), s8(id(B))}) || B <- U8],
    U16 = [<<0, 65>>, <<16#D7, 16#FF>>, <<16#D8, 16#00, 16#DC, 16#00>>, <<16#DB, 16#FF, 16#DF, 16#FF>>,
           <<16#D8, 16#3D, 16#DE, 16#00>>, <<16#D8, 16#00>>, <<16#DC, 16#00, 16#D8, 16#00>>,
           <<16#D8, 16#00, 16#00, 16#41>>, <<16#D8, 16#00, 16#D8, 16#00>>, <<16#E0, 16#00>>,
           <<16#FF, 16#FF>>, <<16#41>>, <<0, 65, 1:1>>],
    [erlang:display({B, u16(id(B)), u16l(id(B)), s16l(id(B))}) || B <- U16],
    U32 = [<<0, 0, 0, 65>>, <<0, 16#10, 16#FF, 16#FF>>, <<0, 16#11, 0, 0>>, <<0, 0, 16#D8, 0>>,
           <<0, 0, 16#DF, 16#FF>>, <<16#FF, 16#FF, 16#FF, 16#FF>>, <<65, 0, 0, 0>>,
           <<0, 0, 16#E0, 0>>, <<0, 0, 0>>, <<128, 0, 0, 0>>],
    [erlang:display({B, u32(id(B)), u32l(id(B)), s32(id(B))}) || B <- U32],
    %% at odd bit offsets
    <<_:5, Odd/bitstring>> = id(<<0:5, "€"/utf8, 16#1F600/utf16, 16#10FFFF/utf32-little, 1:3>>),
    erlang:display(case Odd of <<A/utf8, B/utf16, C/utf32-little, R/bitstring>> -> {A, B, C, R} end),
    %% decoding a whole text up to the first bad sequence
    erlang:display(decode(id(<<"héllo wörld"/utf8>>))),
    erlang:display(decode(id(<<"ok ", 16#C3, "bad">>))),
    erlang:display(decode(id(<<"a", 16#F0, 16#9F, 16#98, 16#80, "b", 16#ED, 16#A0, 16#80>>))),
    ok.
