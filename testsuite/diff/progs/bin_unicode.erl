-module(bin_unicode).
-export([main/1]).
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    L = fun(D, E) -> t(fun() -> unicode:characters_to_list(D, E) end) end,
    B = fun(D, E) -> t(fun() -> unicode:characters_to_binary(D, E) end) end,
    Cases = [{"abc", unicode}, {<<"abc">>, latin1}, {[<<"h">>, [$é, <<"x">>] | <<"y">>], unicode},
             {<<195, 169>>, unicode}, {<<195, 169>>, latin1}, {[1, 2, -1, 3], unicode}, {[1, <<255, 1>>, 3], unicode},
             {[<<"ab">>, <<195>>], unicode}, {<<"ab", 195>>, unicode}, {[<<"ab", 195>>, 1], unicode},
             {[16#110000], unicode}, {[256], latin1}, {atom, unicode}, {[a], unicode}, {"x", foo},
             {<<0, 65, 0, 66>>, utf16}, {<<65, 0>>, {utf16, little}}, {<<0, 0, 0, 65>>, utf32}, {<<0, 65, 0>>, utf16},
             {[[[[[$a]]]], <<"b">> | <<"c">>], unicode}, {[$a | b], unicode}, {<<16#D8, 0, 0, 0>>, utf16},
             {[1, 2 | <<3>>], latin1}, {<<237, 160, 128>>, unicode}, {<<240, 144, 128, 128>>, unicode}, {<<192, 128>>, unicode}],
    [erlang:display({D, E, L(D, E), B(D, E)}) || {D, E} <- Cases],
    erlang:display(unicode:characters_to_binary("héllo", unicode, utf16)),
    erlang:display(unicode:characters_to_binary(<<"abc">>, latin1, latin1)),
    erlang:display(unicode:characters_to_list(<<"x">>)),
    erlang:display(unicode:characters_to_binary([$a, 1024])).
