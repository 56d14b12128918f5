-module(hash_phash2_maps).
-export([main/1]).
%% erlang:phash2/1 of maps: erl's exact values, which do not depend on
%% the order a map was built in nor on its layout (erl's flat maps up to
%% 32 keys, hash tries above).  Maps of 0..100 keys, of keys of every
%% type, nested maps, maps inside lists and tuples, maps built by
%% different paths to the same value; and erlang:phash/2 of the same maps.
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).
id(X) -> X.
int_map(N) -> maps:from_list([{K, K * K} || K <- lists:seq(1, N)]).
main(_) ->
    erlang:display({sizes, [erlang:phash2(id(int_map(N))) || N <- lists:seq(0, 100)]}),
    erlang:display({phash_sizes, [erlang:phash(id(int_map(N)), 1 bsl 32) || N <- lists:seq(0, 40)]}),
    Keys = [a, 1, -1, 1.0, -0.0, 1 bsl 70, "s", <<"b">>, <<1:3>>, {t, 1}, [], {}, #{}, #{x => y},
            [1 | 2], fun erlang:abs/1],
    erlang:display({key_types, [erlang:phash2(id(#{K => v})) || K <- Keys]}),
    erlang:display({value_types, [erlang:phash2(id(#{k => V})) || V <- Keys]}),
    All = maps:from_list([{K, K} || K <- Keys]),
    erlang:display({all_keys, maps:size(All), erlang:phash2(All), erlang:phash(All, 1 bsl 32)}),
    Fwd = lists:foldl(fun(K, M) -> M#{K => K * 2} end, #{}, lists:seq(1, 60)),
    Rev = lists:foldl(fun(K, M) -> M#{K => K * 2} end, #{}, lists:reverse(lists:seq(1, 60))),
    Shrunk = maps:without(lists:seq(61, 90), maps:from_list([{K, K * 2} || K <- lists:seq(1, 90)])),
    erlang:display({same_map, erlang:phash2(Fwd), erlang:phash2(Rev), erlang:phash2(Shrunk),
                    Fwd =:= Rev, Rev =:= Shrunk}),
    Atoms = maps:from_list([{list_to_atom("key" ++ integer_to_list(K)), K} || K <- lists:seq(1, 50)]),
    erlang:display({atom_keys, [erlang:phash2(maps:with([list_to_atom("key" ++ integer_to_list(K))
                                                         || K <- lists:seq(1, N)], Atoms))
                                || N <- lists:seq(0, 50, 5)]}),
    Nested = lists:foldl(fun(K, Acc) -> #{K => Acc, {K} => [Acc]} end, #{}, lists:seq(1, 12)),
    erlang:display({nested, erlang:phash2(Nested), erlang:phash(Nested, 1 bsl 32)}),
    erlang:display({in_terms, [erlang:phash2(id(T)) || T <- [[#{}], {#{}}, [#{a => 1}, #{a => 1}],
                                                           {#{a => #{b => #{}}}, #{}},
                                                           [int_map(40) | int_map(33)]]]}),
    Big = maps:from_list([{{K, integer_to_list(K)}, <<K:16>>} || K <- lists:seq(1, 500)]),
    erlang:display({big, erlang:phash2(Big), erlang:phash2(Big, 1000), erlang:phash(Big, 1000)}),
    erlang:display({xor_cancels, erlang:phash2(#{1 => 1, 2 => 2}), erlang:phash2(#{1 => 2, 2 => 1})}),
    erlang:display({ranges, [erlang:phash2(id(int_map(N)), R) || N <- [0, 1, 33], R <- [1, 2, 3, 1000, 1 bsl 32]]}).
