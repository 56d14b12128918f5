-module(atom_existing).
-export([main/1]).
%% list_to_existing_atom/1 succeeds only for atoms already in the atom table.
lte(S) -> try list_to_existing_atom(S) catch error:R -> {error, R} end.
id(X) -> X.
main(_) ->
    erlang:display(lte("ok")),
    erlang:display(lte("atom_existing")),
    erlang:display(lte("main")),
    erlang:display(lte("this_atom_is_mentioned_here")),
    erlang:display(lte("zq" ++ "xv_no_such_atom_" ++ integer_to_list(987654321))),
    erlang:display(lte([])),
    erlang:display(lte("lists")),
    _ = list_to_atom("fresh_" ++ "atom_42"),
    erlang:display(lte("fresh_atom_42")),
    erlang:display(this_atom_is_mentioned_here =:= lte("this_atom_is_mentioned_here")),
    erlang:display(try atom_to_list(id("not an atom")) catch error:R -> {error, R} end),
    erlang:display(try list_to_atom(id(not_a_list)) catch error:R2 -> {error, R2} end),
    erlang:display(try list_to_atom(id([a, b])) catch error:R3 -> {error, R3} end).
