-module(bs_bitstr_print).
-export([main/1]).
%% How bitstrings of every length print with erlang:display: tails of
%% 1..7 bits, printable and not, empty, inside other terms, sub-binaries
%% at odd offsets, long ones; and the pieces a printer uses
%% (bitstring_to_list, bit_size, byte_size).  (io_lib's ~w/~p are left
%% out: building io_lib and what it calls takes beamc longer than the
%% suite allows a program.)
id(X) -> X.

main(_) ->
    Bs = [<<>>, <<1:1>>, <<0:1>>, <<5:3>>, <<127:7>>, <<255>>, <<1, 1:1>>, <<"abc">>, <<"abc", 3:2>>,
          <<"hello world">>, <<0, 1, 2>>, <<"é"/utf8>>, <<"ok\n">>, <<16#FFFF:15>>],
    [erlang:display({B, bitstring_to_list(B), bit_size(B), byte_size(B)}) || B <- Bs],
    [erlang:display(<<(id(16#5A5A5A5A5A)):N>>) || N <- lists:seq(0, 40)],
    <<_:3, Odd/bitstring>> = id(<<"abcdefgh">>),
    erlang:display(Odd),
    erlang:display({bitstring_to_list(Odd), [X || <<X:7>> <= Odd]}),
    T = {id(<<1:3>>), [<<"x">>, <<2:9>>], #{<<7:3>> => <<>>}},
    erlang:display(T),
    Long = id(list_to_binary(lists:seq(1, 100))),
    erlang:display(<<Long/binary, 1:3>>),
    erlang:display([<<Long:K/binary, 5:3>> || K <- [0, 1, 63, 64, 65]]),
    erlang:display([bit_size(X) || X <- Bs]),
    ok.
