-module(bin_unicode_rest).
-export([main/1]).
%% unicode:characters_to_binary/1,2,3 and characters_to_list/1,2 with
%% invalid and incomplete input in each encoding: where the {error, Done,
%% Rest} and {incomplete, Done, Rest} split, with chardata nested in
%% lists, bad code points in lists, and bad arguments (badarg).  UTF-8
%% characters split across the binaries of a list: joined, or the rests
%% erl gives when they go wrong.  (utf16/utf32 split across binaries are
%% left out: erl's Erlang code joins those by other rules.)
id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Ins = [<<"plain">>, <<"caf", 16#C3, 16#A9>>, <<"caf", 16#C3>>, <<"ab", 16#E2, 16#82>>,
           <<"ab", 16#F0, 16#9F, 16#98>>, <<"x", 16#FF, "y">>, <<"x", 16#C0, 16#80>>,
           <<"x", 16#ED, 16#A0, 16#80, "z">>, <<16#80>>, <<"ok", 16#E2, 16#28, 16#A1>>,
           [<<"ab">>, 16#E9, [<<16#C3>>, <<16#A9>>]], [<<"a">>, <<16#E2>>, <<16#82, 16#AC>>],
           [$a, 16#D800, $b], [$a, 16#110000], [$a, -1], [<<"a">> | <<"b">>], [[[[<<"deep">>]]]],
           [$a, <<255>>], [<<"end", 16#E2>>], [], <<>>],
    [erlang:display({I, t(fun() -> unicode:characters_to_binary(id(I)) end),
                     t(fun() -> unicode:characters_to_list(id(I)) end)}) || I <- Ins],
    %% utf8 characters split across binaries, nested lists and the tail
    Split = [[<<226>>, [<<130>>, <<172>>], <<"z">>], [<<226>>, 8364], [<<226, 130>>, <<"x">>],
             [<<226>>, <<130>>], [<<226>>, [], <<130, 172>>], [<<226>> | <<130, 172>>], [<<226>>, <<>>],
             [<<226>>, <<255>>], [<<240, 159>>, <<152>>, <<128, "q">>], [<<226>>, <<65>>, <<66>>],
             [<<226>>, <<255, 65>>], [<<"a", 226>>, <<130, 172, "b">>], [<<226>>, [<<130>>], 5],
             [[<<226>>], 8364], [<<226>>, <<130>>, <<172, 226>>], [<<226>>, <<130>> | <<172>>],
             [<<"x">>, <<226>>, <<130>>, <<172, 255>>], [<<240>>, <<159>>, <<152>>, <<128>>],
             [<<240, 159>>, <<65>>], [<<237>>, <<160, 128>>], [<<224>>, <<128, 128>>], [<<192>>, <<128>>],
             [<<226>>, [[<<130>>, 5]]], [<<226>>, [], <<>>], [<<"a">>, [<<226>>, <<130>>], <<"z">>, [<<226>>]],
             [<<226>>, <<130>>, 8364], [<<241>>, <<128>>, <<128>> | <<128>>]],
    [erlang:display({S, t(fun() -> unicode:characters_to_binary(id(S)) end),
                     t(fun() -> unicode:characters_to_list(id(S)) end)}) || S <- Split],
    %% from latin1 and to the wider encodings
    erlang:display(unicode:characters_to_binary(<<"caf", 16#E9>>, latin1)),
    erlang:display(unicode:characters_to_binary([<<"a">>, 255], latin1, utf8)),
    erlang:display(unicode:characters_to_binary(<<"a€"/utf8>>, utf8, latin1)),
    erlang:display(unicode:characters_to_binary([$a, 16#20AC, $b], unicode, latin1)),
    erlang:display(unicode:characters_to_binary(<<"a€"/utf8>>, utf8, utf16)),
    erlang:display(unicode:characters_to_binary(<<"a€"/utf8>>, utf8, {utf16, little})),
    erlang:display(unicode:characters_to_binary(<<"a😀"/utf8>>, utf8, {utf32, little})),
    %% incomplete and bad utf16/utf32 input
    W = [<<0, $a, 16#D8>>, <<0, $a, 16#D8, 16#3D>>, <<0, $a, 16#D8, 16#3D, 16#DE>>,
         <<0, $a, 16#DC, 0, 0, $b>>, <<0, $a, 16#D8, 0, 0, $b>>, <<0, $a, 0>>],
    [erlang:display({B, unicode:characters_to_list(B, {utf16, big}),
                     unicode:characters_to_binary(B, utf16, utf8)}) || B <- W],
    W32 = [<<0, 0, 0, $a, 0, 0>>, <<0, 0, 0, $a, 0, 17, 0, 0>>, <<0, 0, 0, $a, 0, 0, 16#D8, 0>>,
           <<$a, 0, 0, 0, 0, 0>>],
    [erlang:display({B, unicode:characters_to_list(B, utf32), unicode:characters_to_list(B, {utf32, little})}) || B <- W32],
    %% bad arguments
    erlang:display(t(fun() -> unicode:characters_to_binary(id(atom)) end)),
    erlang:display(t(fun() -> unicode:characters_to_binary(id([a])) end)),
    erlang:display(t(fun() -> unicode:characters_to_binary(id(<<"a">>), id(utf9)) end)),
    erlang:display(t(fun() -> unicode:characters_to_list(id(<<1:3>>)) end)),
    erlang:display(t(fun() -> unicode:characters_to_binary(id([1.0])) end)),
    ok.
