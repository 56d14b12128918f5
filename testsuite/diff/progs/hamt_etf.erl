-module(hamt_etf).
-export([main/1]).
%% Large maps in the external term format: the bytes erl writes (pairs in
%% the reverse of the trie's order), compressed at several levels, minor
%% versions, deterministic (sorted), nested large maps, and decoding
%% back to equal maps with erl's shape.
main(_) ->
    M = maps:from_list([{I, [I]} || I <- lists:seq(1, 40)]),
    erlang:display(term_to_binary(M)),
    erlang:display(term_to_binary(M, [deterministic])),
    erlang:display(term_to_binary(M, [{compressed, 9}])),
    erlang:display(term_to_binary(#{1 => M, 2 => #{M => 0.5}}, [{minor_version, 0}])),
    F = maps:from_list([{float(I), <<I>>} || I <- lists:seq(1, 50)]),
    erlang:display(erlang:md5(term_to_binary(F))),
    erlang:display(erlang:md5(term_to_binary(F, [deterministic]))),
    Big = maps:from_list([{I, {I}} || I <- lists:seq(1, 20000)]),
    B = term_to_binary(Big, [compressed]),
    erlang:display({byte_size(B), erlang:crc32(B)}),
    D = binary_to_term(B),
    erlang:display({D =:= Big, lists:sublist(maps:keys(D), 8)}),
    erlang:display(binary_to_term(term_to_binary(M))),
    erlang:display(try binary_to_term(<<131, 116, 0, 0, 0, 34, 97, 1, 97, 1, 97, 1, 97, 1>>) catch error:E -> E end),
    ok.
