-module(bs_unit_size).
-export([main/1]).
%% Size and unit expressions: sizes computed from earlier segments of the
%% same pattern, arithmetic in sizes, binary and bitstring segments with
%% units, `all`-sized tails whose length is not a multiple of the unit
%% (bs_test_unit), and construction with computed sizes.
id(X) -> X.

tlv(<<T:4, L:4, V:(L * 2)/binary, Rest/binary>>) -> [{T, V} | tlv(Rest)];
tlv(<<>>) -> [];
tlv(Other) -> [{bad, Other}].

bits_then(<<N:3, X:(N + 1), Rest/bitstring>>) -> {N, X, Rest};
bits_then(_) -> none.

unit4(<<H:4, T/binary-unit:4>>) -> {H, T};
unit4(_) -> no.

bytes_tail(<<_:3, T/binary>>) -> {tail, T};
bytes_tail(<<_:3, _/bitstring>>) -> not_bytes;
bytes_tail(_) -> short.

words(<<W:2/binary-unit:16, Rest/bitstring>>) -> [W | words(Rest)];
words(Rest) -> [{rest, Rest}].

main(_) ->
    erlang:display(tlv(id(<<16#12, 1, 2, 16#21, 9, 8, 7, 6, 16#30>>))),
    erlang:display(tlv(id(<<16#13, 1, 2>>))),
    [erlang:display(bits_then(id(B))) || B <- [<<2#101:3, 2#1111:4, 1:1>>, <<0:3, 1:1>>, <<7:3, 255, 0:1>>, <<7:3, 1:4>>]],
    [erlang:display({bit_size(B), unit4(id(B))}) || B <- [<<1:4>>, <<1:8>>, <<1:12>>, <<1:13>>, <<1, 2, 3:4>>]],
    [erlang:display({bit_size(B), bytes_tail(id(B))}) || B <- [<<1:3>>, <<1:11>>, <<1:12>>, <<1:2>>, <<"abc", 1:3>>]],
    erlang:display(words(id(<<"abcdefghijklmn", 1:5>>))),
    %% constructing with computed sizes and units
    N = id(3),
    erlang:display(<<(id(5)):(N * 2), (id(1)):(N + 1)/unit:2, (id(<<"xyz">>)):(N - 1)/binary>>),
    erlang:display(<<(id(<<1:9>>)):9/bitstring, (id(<<"ab">>)):N/binary-unit:4>>),
    erlang:display(<<(id(-1)):N/unit:7-signed-little>>),
    erlang:display([<<(id(16#ABCD)):(id(K))/unit:4>> || K <- [0, 1, 2, 3, 4, 5]]),
    %% `all` with a unit: the value's length must be a multiple
    erlang:display(try <<(id(<<1:12>>))/binary-unit:4>> catch error:R1 -> R1 end),
    erlang:display(try <<(id(<<1:12>>))/binary-unit:8>> catch error:R2 -> R2 end),
    erlang:display(try <<(id(<<1:12>>))/binary-unit:3>> catch error:R3 -> R3 end),
    %% sizes of zero everywhere
    Z = id(0),
    erlang:display({<<1:Z, (id(<<"a">>)):Z/binary, 2:Z/unit:5>>,
                    case id(<<"q">>) of <<A:Z, B:Z/binary, C/binary>> -> {A, B, C} end}),
    %% the size of a segment matched in an earlier clause's guard
    erlang:display([pick(id(P)) || P <- [<<2, 1, 2, 3>>, <<1, 9>>, <<5, 1>>, <<0>>]]),
    ok.

pick(<<L, Body:L/binary, _/binary>>) when L > 1 -> {long, Body};
pick(<<L, Body:L/binary>>) -> {exact, Body};
pick(<<L, _/binary>>) -> {short, L}.
