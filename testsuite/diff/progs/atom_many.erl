-module(atom_many).
-export([main/1]).
%% Creating many atoms at run time: round trips, uniqueness, ordering of
%% generated atoms, and atoms as keys.
main(_) ->
    As = [list_to_atom("gen_" ++ integer_to_list(I)) || I <- lists:seq(1, 5000)],
    erlang:display(length(As)),
    erlang:display(length(lists:usort(As))),
    erlang:display(lists:sublist(lists:sort(As), 5)),
    erlang:display(lists:last(lists:sort(As))),
    erlang:display(lists:all(fun(A) -> list_to_atom(atom_to_list(A)) =:= A end, As)),
    erlang:display(list_to_atom("gen_" ++ "42") =:= lists:nth(42, As)),
    erlang:display(list_to_existing_atom("gen_4999")),
    erlang:display(lists:keyfind(gen_77, 1, [{A, I} || {A, I} <- lists:zip(As, lists:seq(1, 5000))])).
