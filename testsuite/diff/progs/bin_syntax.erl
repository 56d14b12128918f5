-module(bin_syntax).
-export([main/1]).
build(A, B, C) -> <<A:8, B:16/little, C/binary, 3.5/float, A:3, "abc", (byte_size(C)):32/signed-big>>.

parse(<<Len:16, Body:Len/binary, Rest/bits>>) -> {Body, Rest};
parse(<<1, X/utf8, _/binary>>) -> X;
parse(_) -> nomatch.
utf(S) -> <<S/utf8, S/utf16-little, S/utf32>>.
comp(B) -> << <<(X+1)>> || <<X>> <= B >>.
f(<<X:4/integer-unit:2, F:64/float, _:3, R/bitstring>>) -> {X, F, R};
f(<<"abc", T/binary>>) -> T;
f(_) -> other.
count(<<_, T/binary>>, N) -> count(T, N + 1);
count(<<>>, N) -> N.
loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, <<Acc/binary, (N rem 256):8>>).
ints(<<X:12/signed-little, Y:20/signed, Z:7, W:64/signed, V:100, _/bits>>) -> {X, Y, Z, W, V}.
main(_) ->
    B = build(200, 1000, <<"hello">>),
    erlang:display(B),
    erlang:display(parse(<<0, 3, "abcdef">>)),
    erlang:display(parse(<<1, 16#e2, 16#82, 16#ac, 0>>)),
    erlang:display(parse(<<2>>)),
    erlang:display(utf(16#1F600)),
    erlang:display(utf(65)),
    erlang:display(comp(<<1, 2, 3, 255>>)),
    erlang:display(f(<<5:8, 2.5:64/float, 1:3, 7:5>>)),
    erlang:display(f(<<"abcdef">>)),
    erlang:display(f(<<>>)),
    erlang:display(count(list_to_binary(lists:seq(1, 200)), 0)),
    L = loop(100000, <<>>),
    erlang:display({byte_size(L), binary_part(L, 0, 5)}),
    erlang:display(ints(<<-5:12/signed-little, -300000:20/signed, 100:7, -1234567890123:64/signed, (1 bsl 99 + 12345):100, 1:1>>)),
    erlang:display(<< <<X:4>> || X <- [1, 2, 3] >>),
    erlang:display(<<1:1, 0:1, 1:1>>),
    erlang:display([X || <<X:16/little>> <= <<1, 2, 3, 4, 5>>]),
    erlang:display(<<(1 bsl 70):80, -1:70/signed>>),
    erlang:display(<<1.5:32/float, 2.5:16/float, -0.0/float>>),
    erlang:display([F || <<F:32/float>> <= <<1.5:32/float, 255, 128, 0, 0, 2.0:32/float>>]).
