-module(hash_phash2_numbers).
-export([main/1]).
%% erlang:phash2/1 of numbers and atoms: erl's exact values (make_hash2,
%% the same on 32- and 64-bit hosts).  Integers around every boundary
%% where a representation changes somewhere (28-bit smalls of 32-bit
%% hosts, 32 bits, 60-bit smalls of 64-bit hosts, 64-bit digits, digit
%% pairs of 32-bit hosts), both signs; floats (both zeros, subnormals,
%% extremes, integral ones); atoms, Latin-1 and other unicode ones, of
%% every length up to 255.
id(X) -> X.
show(Tag, Terms) ->
    erlang:display({Tag, [erlang:phash2(id(T)) || T <- Terms]}).
main(_) ->
    Small = lists:seq(-20, 300),
    show(small, Small),
    Pow = [1 bsl K || K <- lists:seq(0, 200)],
    Edges = lists:append([[P - 1, P, P + 1] || P <- Pow]),
    show(edges, Edges),
    show(neg_edges, [-E || E <- Edges]),
    Near = [B + D || B <- [1 bsl 27, 1 bsl 28, 1 bsl 31, 1 bsl 32, 1 bsl 59, 1 bsl 60,
                            1 bsl 63, 1 bsl 64, 1 bsl 95, 1 bsl 96, 1 bsl 127, 1 bsl 128],
                     D <- [-3, -2, -1, 0, 1, 2]],
    show(near, Near),
    show(neg_near, [-N || N <- Near]),
    Ones = [(1 bsl K) - 1 || K <- lists:seq(1, 300, 7)],
    show(ones, Ones),
    show(neg_ones, [-O || O <- Ones]),
    Big = [binary:decode_unsigned(list_to_binary(lists:seq(1, N))) || N <- lists:seq(1, 70)],
    show(big_bytes, Big),
    show(neg_big_bytes, [-B || B <- Big]),
    show(powers_of_ten, [pow(10, K) || K <- lists:seq(0, 80)]),
    show(huge, [1 bsl 5000, -(1 bsl 5000) + 12345, pow(7, 2000)]),
    Floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 3.141592653589793, -2.5e100, 1.0e-300,
              5.0e-324, -5.0e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
              -1.7976931348623157e308, 1.0e15, 1.0e16, 9007199254740992.0, 123456789.125,
              float(1 bsl 27), float(1 bsl 59), float(-(1 bsl 63)), 0.1, 0.2, 0.30000000000000004],
    show(floats, Floats),
    erlang:display({zero_floats_equal, erlang:phash2(id(0.0)) =:= erlang:phash2(id(-0.0))}),
    show(float_sweep, [X * 1.37 - 100.0 || X <- lists:seq(0, 150)]),
    Atoms = [a, b, abc, 'A', '', ' ', true, false, undefined, ok, error, 'hello world',
             'é', 'ÿäö', 'Æble', '€uro', 'ħ', 'αβγ', '日本語', '😀',
             list_to_atom([255]), list_to_atom([128]), list_to_atom([16#100]),
             list_to_atom([16#7FF]), list_to_atom([16#800]), list_to_atom([16#10FFFF])],
    show(atoms, Atoms),
    show(long_atoms, [list_to_atom(lists:duplicate(N, $x)) || N <- lists:seq(1, 255, 6)]),
    show(latin1_atoms, [list_to_atom([C, C + 1]) || C <- lists:seq(160, 254, 3)]),
    show(unicode_atoms, [list_to_atom([C]) || C <- lists:seq(16#300, 16#3000, 16#123)]).
pow(_, 0) -> 1;
pow(B, K) -> B * pow(B, K - 1).
