-module(bs_heads_backtrack).
-export([main/1]).
%% Matching in function heads where clauses share prefixes and fail late
%% (a guard, a later segment, the tail's length), so the match position
%% must go back to try the next clause; clauses that differ only in
%% endianness, signedness or type of the same bits; a fall-through to a
%% non-binary clause.
id(X) -> X.

f(<<1, X:16, "end">>) -> {c1, X};
f(<<1, X:16, _/binary>>) when X > 1000 -> {c2, X};
f(<<1, X:16/little, Y, _/binary>>) when Y =:= X band 255 -> {c3, X, Y};
f(<<1, X:8, Y:8, Z/binary>>) when byte_size(Z) > 2 -> {c4, X, Y, Z};
f(<<1, F:32/float, _/bitstring>>) -> {c5, F};
f(<<1, Rest/bitstring>>) -> {c6, bit_size(Rest)};
f(<<2:3, X:5, "ab", _/binary>>) -> {c7, X};
f(<<2:3, S/utf8, _/binary>>) -> {c8, S};
f(<<2:3, _:5, S/utf8, _/binary>>) -> {c9, S};
f(<<N:8/signed, B:N/binary, Rest/binary>>) when N > 0 -> {c10, B, Rest};
f(<<N:8/signed, _/binary>>) when N < 0 -> {c11, N};
f(<<>>) -> empty;
f(B) when is_bitstring(B) -> {other, B};
f(T) -> {not_binary, T}.

g(<<X:4, Y:4>>, 0) -> {g1, X, Y};
g(<<X:4, _:4>>, X) -> {g2, X};
g(<<_:4, Y:4>>, Y) -> {g3, Y};
g(<<A:2, B:6>>, N) when A + B =:= N -> {g4, A, B};
g(_, N) -> {g5, N}.

%% the same bits read as different things
h(<<X:16/signed, 0>>) when X < 0 -> {neg, X};
h(<<X:16/little, 0>>) when X > 30000 -> {little, X};
h(<<X:16/float, 0>>) -> {float, X};
h(<<X:16, 0>>) -> {big, X};
h(<<C/utf16, _>>) -> {utf16, C};
h(_) -> none.

main(_) ->
    Ins = [<<1, 0, 5, "end">>, <<1, 16#10, 0, "zz">>, <<1, 5, 0, 5>>, <<1, 1, 2, 3, 4, 5>>,
           <<1, 63, 128, 0, 0>>, <<1, 63, 128, 0, 0, 0>>, <<1, 1>>, <<1, 1:3>>,
           <<2:3, 7:5, "ab", 0>>, <<2:3, 0:5, "abc">>, <<2:3, 3:5, 16#C3, 16#A9>>,
           <<16#42, 16#C3, 16#A9>>, <<16#42, 16#E2, 16#82, 16#AC>>, <<3, "abcdef">>,
           <<3, "ab">>, <<-3, 1>>, <<0, 1>>, <<>>, <<5:3>>, {x}],
    [erlang:display({I, f(id(I))}) || I <- Ins],
    [erlang:display({B, N, g(id(B), id(N))}) || B <- [<<16#35>>, <<16#33>>, <<16#C5>>], N <- [0, 3, 5, 8, 7]],
    [erlang:display({B, h(id(B))}) || B <- [<<255, 254, 0>>, <<16#30, 16#75, 0>>, <<16#3C, 0, 0>>,
                                            <<16#7C, 0, 0>>, <<16#D8, 16#3D, 16#DE>>, <<1, 2, 3>>, <<1, 2>>]],
    ok.
