-module(bin_otp_text).
-export([main/1]).
%% OTP modules written in Erlang over binaries, translated with the
%% program: base64, unicode's Erlang half, binary:replace.  (string,
%% io_lib and uri_string work too, but pull in enough of OTP that the
%% build takes minutes: they wait for a shared object cache.)
main(_) ->
    E = base64:encode(<<"hello world, this is base64!">>),
    erlang:display(E),
    erlang:display(base64:decode(E)),
    erlang:display(base64:mime_decode(<<"aGVs\nbG8=">>)),
    erlang:display(base64:encode_to_string("abc")),
    erlang:display(unicode:characters_to_list(<<"abc">>)),
    erlang:display(unicode:characters_to_binary("héllo", unicode, utf16)),
    erlang:display(unicode:characters_to_binary([$a, 1024])),
    erlang:display(binary:replace(<<"aXbXc">>, <<"X">>, <<"--">>, [global])),
    erlang:display(binary:replace(<<"aXbXc">>, [<<"X">>, <<"c">>], <<"[]">>, [global, {insert_replaced, 1}])).
