-module(bs_utf_build).
-export([main/1]).
%% utf8/utf16/utf32 construction at every encoding boundary, in each
%% byte order, at odd bit offsets, and what erl refuses (surrogates, past
%% 0x10FFFF, negative, not an integer) with its error_info.
id(X) -> X.

cause(St) ->
    case St of
        [{_, _, _, Info} | _] ->
            case [E || {error_info, E} <- Info] of
                [#{cause := C}] -> C;
                _ -> none
            end;
        _ -> none
    end.

t(F) -> try F() catch C:R:St -> {C, R, cause(St)} end.

main(_) ->
    Cps = [0, 16#7F, 16#80, 16#7FF, 16#800, 16#D7FF, 16#E000, 16#FFFD, 16#FFFE, 16#FFFF,
           16#10000, 16#1F600, 16#10FFFF],
    [erlang:display({C, <<(id(C))/utf8>>, <<(id(C))/utf16>>, <<(id(C))/utf16-little>>,
                     <<(id(C))/utf32>>, <<(id(C))/utf32-little>>, <<(id(C))/utf16-native>>})
     || C <- Cps],
    %% at odd bit offsets, mixed with other segments
    [erlang:display(<<1:3, (id(C))/utf8, 5:5, (id(C))/utf16, (id(C))/utf32-little, 0:1>>)
     || C <- [16#41, 16#3B1, 16#20AC, 16#10348]],
    %% refused: type errors with the segment number
    Bad = [16#D800, 16#DBFF, 16#DC00, 16#DFFF, 16#110000, -1, 1 bsl 64, 1.0, a, <<"a">>, [65]],
    [erlang:display({V, t(fun() -> <<(id(V))/utf8>> end), t(fun() -> <<(id(V))/utf16>> end),
                     t(fun() -> <<(id(V))/utf32-little>> end)}) || V <- Bad],
    erlang:display(t(fun() -> <<"ok", (id(65))/utf8, (id(16#D800))/utf16, 0>> end)),
    erlang:display(t(fun() -> <<(id(-5)):8, (id(16#110000))/utf32>> end)),
    %% round trip of a whole string through each encoding
    S = [$H, 16#E9, $l, $l, 16#F6, $\s, 16#4E16, 16#754C, $\s, 16#1F30D, $!],
    U8 = << <<C/utf8>> || C <- S >>,
    U16 = << <<C/utf16>> || C <- S >>,
    U32L = << <<C/utf32-little>> || C <- S >>,
    erlang:display({U8, byte_size(U8), byte_size(U16), byte_size(U32L)}),
    erlang:display({[C || <<C/utf8>> <= U8] =:= S, [C || <<C/utf16>> <= U16] =:= S,
                    [C || <<C/utf32-little>> <= U32L] =:= S}),
    erlang:display(unicode:characters_to_binary(S) =:= U8),
    erlang:display(unicode:characters_to_binary(S, unicode, {utf16, big}) =:= U16),
    %% every 2-byte boundary of utf8
    erlang:display([byte_size(<<C/utf8>>) || C <- [16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000]]),
    ok.
