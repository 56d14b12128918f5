-module(hash_phash_terms).
-export([main/1]).
%% erlang:phash/2 (make_hash) of what bif_phash leaves out: maps of every
%% size (hashed through make_hash2 in erl), pids, ports and references
%% read from text (their numbers are erl's), bitstrings and unaligned
%% sub-binaries, integers around every boundary, nested and improper
%% lists; each at a full range and a small one.
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).
id(X) -> X.
ph(T) -> {erlang:phash(id(T), 1 bsl 32), erlang:phash(id(T), 97)}.
main(_) ->
    erlang:display({maps, [ph(maps:from_list([{K, [K]} || K <- lists:seq(1, N)])) || N <- lists:seq(0, 45, 3)]}),
    erlang:display({map_mix, [ph(T) || T <- [#{a => 1}, #{1 => a}, [#{}], {#{}, #{}}, #{#{} => #{}},
                                            #{"k" => <<"v">>, 1.5 => {}}]]}),
    erlang:display({pids, [ph(list_to_pid(S)) || S <- ["<0.0.0>", "<0.1.0>", "<0.99.0>", "<0.32767.0>"]]}),
    erlang:display({ports, [ph(list_to_port(S)) || S <- ["#Port<0.0>", "#Port<0.9>", "#Port<0.65536>"]]}),
    erlang:display({refs, [ph(list_to_ref(S)) || S <- ["#Ref<0.0.0.0>", "#Ref<0.1.2.3>", "#Ref<0.0.0.262143>"]]}),
    Src = list_to_binary(lists:seq(1, 120)),
    Subs = [begin <<_:Off, S:Len/bitstring, _/bitstring>> = Src, S end
            || Off <- [0, 1, 3, 7, 8, 13], Len <- [0, 1, 7, 8, 9, 64, 65, 600]],
    erlang:display({bits, [ph(S) || S <- Subs]}),
    Ints = lists:append([[(1 bsl K) - 1, 1 bsl K, -(1 bsl K)] || K <- lists:seq(0, 140, 4)]),
    erlang:display({ints, [ph(I) || I <- Ints]}),
    erlang:display({lists, [ph(L) || L <- [[], [[]], [1 | 2], [a, b | c], "abc" ++ [300] ++ "de",
                                          [[1, 2], [3 | 4]], lists:seq(250, 260), {[1], [2 | []]}]]}),
    erlang:display({self_stable, erlang:phash(self(), 1 bsl 32) =:= erlang:phash(id(self()), 1 bsl 32)}).
