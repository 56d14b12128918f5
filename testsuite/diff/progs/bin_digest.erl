-module(bin_digest).
-export([main/1]).
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    A = <<"hello ">>, B = [<<"wor">>, $l, "d", [[]]],
    Big = list_to_binary([I rem 251 || I <- lists:seq(1, 100000)]),
    erlang:display([erlang:crc32(A), erlang:crc32(B), erlang:crc32([]), erlang:crc32(Big), erlang:crc32(erlang:crc32(A), B),
                    erlang:crc32_combine(erlang:crc32(A), erlang:crc32(B), iolist_size(B)), erlang:crc32([A, B])]),
    erlang:display([erlang:adler32(A), erlang:adler32(Big), erlang:adler32(erlang:adler32(A), B),
                    erlang:adler32_combine(erlang:adler32(A), erlang:adler32(B), iolist_size(B)), erlang:adler32([A, B])]),
    erlang:display([erlang:md5(<<>>), erlang:md5("abc"), erlang:md5(Big), erlang:md5(list_to_binary(lists:duplicate(55, $a))),
                    erlang:md5(list_to_binary(lists:duplicate(56, $a))), erlang:md5(list_to_binary(lists:duplicate(64, $a)))]),
    C0 = erlang:md5_init(),
    C1 = erlang:md5_update(C0, A),
    C2 = erlang:md5_update(C1, B),
    erlang:display(erlang:md5_final(C2) =:= erlang:md5([A, B])),
    erlang:display([t(fun() -> erlang:crc32(atom) end), t(fun() -> erlang:crc32(-1, <<>>) end), t(fun() -> erlang:md5([256]) end),
                    t(fun() -> erlang:md5_final(<<1,2>>) end), t(fun() -> erlang:adler32_combine(1, 2, -1) end),
                    t(fun() -> erlang:crc32(<<1:3>>) end), t(fun() -> erlang:crc32(0, <<1, 2:4>>) end)]).
