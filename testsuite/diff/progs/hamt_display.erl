-module(hamt_display).
-export([main/1]).
%% Maps of more than 32 keys are erl's hash tries: erlang:display shows
%% the trie itself (#<bitmap>{...}), so the shape, the slot of every key
%% and the order inside nodes must be erl's.  Keys of every kind but
%% atoms (whose hash in erl depends on its atom table).
ints(N) -> maps:from_list([{I, I * I} || I <- lists:seq(1, N)]).
main(_) ->
    erlang:display(ints(33)),
    erlang:display(ints(40)),
    erlang:display(ints(100)),
    erlang:display(maps:from_list([{-I, x} || I <- lists:seq(1, 50)])),
    erlang:display(maps:from_list([{I * 1000000007, y} || I <- lists:seq(1, 40)])),
    erlang:display(maps:from_list([{float(I) / 4, f} || I <- lists:seq(-20, 20)])),
    erlang:display(maps:from_list([{integer_to_binary(I), b} || I <- lists:seq(1, 40)])),
    erlang:display(maps:from_list([{integer_to_list(I), s} || I <- lists:seq(1, 40)])),
    erlang:display(maps:from_list([{{I, [I]}, t} || I <- lists:seq(1, 40)])),
    Mixed = [{[], nil}, {{}, empty}, {<<>>, eb}, {<<1:3>>, bits}, {<<"0123456789abcdefghij">>, long},
             {1 bsl 64, big}, {-(1 bsl 70), nbig}, {1 bsl 59, edge}, {(1 bsl 59) - 1, edge2},
             {-(1 bsl 59), edge3}, {0.0, z}, {[1 | 2], improper}, {"abcdefgh", str},
             {[300, 1, 2], nonbyte}, {#{1 => 2}, map}, {[[1], [2]], nested}],
    erlang:display(maps:from_list(Mixed ++ [{I, i} || I <- lists:seq(1, 30)])),
    ok.
