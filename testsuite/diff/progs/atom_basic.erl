-module(atom_basic).
-export([main/1]).
%% Atoms: atom_to_list, list_to_atom, and how erlang:display quotes them.
main(_) ->
    Atoms = [ok, 'OK', 'hello world', '', 'a.b', a@b, 'a-b', a_b, 'ÿ', '[]', '{}', 'true', 'if',
             'case', 'end', 'foo\nbar', '\'', '\\', aBC, 'Abc', '_x', '123', x123],
    lists:foreach(fun(A) -> erlang:display(A) end, Atoms),
    erlang:display([atom_to_list(A) || A <- Atoms]),
    erlang:display([list_to_atom(atom_to_list(A)) =:= A || A <- Atoms]),
    erlang:display(list_to_atom("made_" ++ integer_to_list(42))),
    erlang:display(list_to_atom("with space")),
    erlang:display(length(atom_to_list(list_to_atom(lists:duplicate(255, $z))))),
    erlang:display(try list_to_atom(lists:duplicate(256, $z)) catch error:R -> R end),
    erlang:display(is_atom(true)),
    erlang:display(is_boolean(false)),
    erlang:display(is_boolean(maybe)).
