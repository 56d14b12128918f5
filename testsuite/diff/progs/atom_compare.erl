-module(atom_compare).
-export([main/1]).
%% Atom ordering is alphabetical by name (not by creation), atoms sort
%% between numbers and tuples.
main(_) ->
    erlang:display(lists:sort([zebra, apple, 'Zed', 'apple pie', a, aa, '', b, 'B', true, false, nil])),
    erlang:display(apple < banana),
    erlang:display('Z' < a),
    erlang:display(a < aa),
    erlang:display('' < a),
    erlang:display(zzz < 1),
    erlang:display(zzz > 999999999999999999999999),
    erlang:display(zzz < {}),
    erlang:display(lists:max([a, 'Zz', zz, z])),
    erlang:display(lists:usort([b, a, b, c, a])),
    erlang:display(length(lists:usort([list_to_atom([C]) || C <- lists:seq($a, $z) ++ lists:seq($a, $z)]))).
