-module(bin_otp_text).
-export([main/1]).
main(_) ->
    E = base64:encode(<<"hello world, this is base64!">>),
    erlang:display(E),
    erlang:display(base64:decode(E)),
    erlang:display(base64:mime_decode(<<"aGVs\nbG8=">>)),
    erlang:display(string:split(<<"a,b,c">>, <<",">>, all)),
    erlang:display(string:trim(<<"  padded  ">>)),
    erlang:display(string:uppercase(<<"mixed Case">>)),
    erlang:display(string:length(<<"héllo"/utf8>>)),
    erlang:display(string:lexemes(<<"a b  c">>, " ")),
    erlang:display(unicode:characters_to_list(<<"abc">>)),
    erlang:display(binary:replace(<<"aXbXc">>, <<"X">>, <<"--">>, [global])),
    erlang:display(lists:flatten(io_lib:format("~s and ~p", [<<"bin">>, <<1,2>>]))),
    erlang:display(string:find(<<"hello world">>, <<"o w">>)),
    erlang:display(uri_string:parse(<<"http://example.com:8080/path?q=1">>)).
