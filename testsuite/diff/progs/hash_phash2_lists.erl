-module(hash_phash2_lists).
-export([main/1]).
%% erlang:phash2/1 of lists and tuples: erl's exact values.  Byte strings
%% of every length around the four-byte words they are hashed in, runs of
%% bytes broken by other heads, improper lists with every kind of tail,
%% deep nesting (lists and tuples a few thousand levels deep), and a sweep
%% of random nested terms made by a fixed generator.
id(X) -> X.
main(_) ->
    erlang:display({strings, [erlang:phash2(id(lists:seq($a, $a + N - 1))) || N <- lists:seq(0, 40)]}),
    erlang:display({byte_edges, [erlang:phash2(id(L)) || L <- [[0], [255], [256], [-1], [0, 0], [255, 256],
                                                              [1, 2, 3, 4], [1, 2, 3, 4, 5]]]}),
    Broken = [lists:seq(1, K) ++ [X] ++ lists:seq(1, J) || K <- [0, 1, 3, 4, 5, 8], J <- [0, 2, 4, 7],
                                                         X <- [a, 256, 1.0, [], "x", {}]],
    erlang:display({broken_runs, [erlang:phash2(id(L)) || L <- Broken]}),
    Tails = [b, 1, 300, 1.5, {}, <<1>>, #{}, "", [a]],
    erlang:display({improper, [erlang:phash2(id(Pre ++ T)) || Pre <- [[1], [1, 2, 3, 4], [a], [1, a, 2]],
                                                              T <- [[] | [[H | T2] || H <- [x], T2 <- Tails]]]}),
    erlang:display({improper2, [erlang:phash2(id([H | T])) || H <- [1, a, [], {}], T <- Tails]}),
    erlang:display({tuples, [erlang:phash2(id(list_to_tuple(lists:seq(1, N)))) || N <- lists:seq(0, 40)]}),
    erlang:display({tuple_mix, [erlang:phash2(id(T)) || T <- [{}, {[]}, {{}}, {a, []}, {[], a}, {"ab", <<"ab">>},
                                                             {1, 1.0}, {{{}}}, [{}], [{}, {}]]]}),
    erlang:display({nil_contexts, [erlang:phash2(id(T)) || T <- [[], [[]], [[], []], {[]}, {a, []}, [a | []],
                                                                [[] | a], {[], []}]]}),
    erlang:display({deep_list, erlang:phash2(nest_list(3000))}),
    erlang:display({deep_tuple, erlang:phash2(nest_tuple(3000))}),
    erlang:display({long_list, erlang:phash2(lists:seq(1, 100000))}),
    erlang:display({long_string, erlang:phash2(lists:duplicate(10001, $z))}),
    {Terms, _} = lists:mapfoldl(fun(_, S) -> gen(S, 4) end, 12345, lists:seq(1, 400)),
    erlang:display({random, [erlang:phash2(T) || T <- Terms]}),
    erlang:display({equal_copies, lists:all(fun(T) -> erlang:phash2(T) =:= erlang:phash2(binary_to_term(term_to_binary(T))) end, Terms)}).
nest_list(0) -> [];
nest_list(N) -> [nest_list(N - 1), N].
nest_tuple(0) -> {};
nest_tuple(N) -> {N, nest_tuple(N - 1)}.
%% A fixed generator of nested terms: {Term, NextSeed}.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
gen(S0, Depth) ->
    S = next(S0),
    case S rem kinds(Depth) of
        0 -> {S rem 300 - 20, S};
        1 -> {list_to_atom([$a + S rem 26]), S};
        2 -> {S / 7, S};
        3 -> {list_to_binary(lists:seq(1, S rem 20)), S};
        4 -> {(S bsl 40) + S, S};
        5 -> gen_list(S, S rem 6, Depth - 1, []);
        6 -> {L, S1} = gen_list(S, S rem 5, Depth - 1, []), {list_to_tuple(L), S1};
        7 -> {lists:seq($a, $a + S rem 9), S};
        8 -> {L, S1} = gen_list(S, S rem 4, Depth - 1, []), {[x | list_to_tuple(L)], S1}
    end.
kinds(Depth) when Depth > 0 -> 9;
kinds(_) -> 5.
gen_list(S, 0, _, Acc) -> {Acc, S};
gen_list(S, N, D, Acc) -> {T, S1} = gen(S, D), gen_list(S1, N - 1, D, [T | Acc]).
