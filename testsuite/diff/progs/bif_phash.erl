-module(bif_phash).
-export([main/1, f/1]).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).
%% erlang:phash/2: erl's exact values (its portable hash, the same on
%% every host) for atoms (Latin-1 ones too), integers of every size and
%% sign, floats, tuples, lists, strings, improper lists, funs; every range
%% from 1 to 2^32; badarg for a range outside it.
id(X) -> X.
f(X) -> X.
t(F) ->
    try F() of V -> {value, V}
    catch C:R:St -> {C, R, hd(St)}
    end.
main(_) ->
    Y = id(7),
    Terms = [a, abc, hello_world_long_atom_name, 'é', 'ÿäö', '', 'with space', [], 0, 1, -1,
             255, 256, 65535, 1 bsl 31, 1 bsl 32, (1 bsl 32) - 1, (1 bsl 59) - 1, 1 bsl 59,
             -(1 bsl 59), 1 bsl 64, -(1 bsl 70), 123456789012345678901234567890,
             1 bsl 1000, 1.0, 0.0, -0.0, 3.14, -2.5e100, 1.0e-300, {}, {a}, {a, b, 1},
             {{}, [{}]}, "abc", [1, 2 | 3], [a, b], [[1], 2], [a | b], ["ab", {c}], [300, 1],
             [-1], {[], [[]]}, "hello world, a longer string", fun lists:map/2,
             fun ?MODULE:f/1, fun 'a b':'c'/0, fun(Z) -> Z + Y end, true, false],
    [erlang:display({T, erlang:phash(id(T), 1 bsl 32)}) || T <- Terms],
    erlang:display([erlang:phash(id(foo), R) || R <- [1, 2, 7, 1000, 1 bsl 31, (1 bsl 32) - 1]]),
    erlang:display([erlang:phash(id(X), 16) || X <- lists:seq(1, 40)]),
    erlang:display(erlang:phash(id(lists:seq(1, 2000)), 1 bsl 32)),
    [erlang:display(t(F)) || F <- [fun() -> erlang:phash(a, id(0)) end,
                                   fun() -> erlang:phash(a, id(-1)) end,
                                   fun() -> erlang:phash(a, id((1 bsl 32) + 1)) end,
                                   fun() -> erlang:phash(a, id(1 bsl 70)) end,
                                   fun() -> erlang:phash(a, id(1.0)) end,
                                   fun() -> erlang:phash(a, id(b)) end]].
