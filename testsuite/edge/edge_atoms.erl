-module(edge_atoms).
-export([main/1]).
%% Makes new atoms until the atom table is full, which ends the program
%% (erl: "no more index entries in atom_tab (max=1048576)", status 1).
%% Progress every 100,000 atoms, so the output does not depend on how
%% many atoms the system had at the start.
main(_) -> loop(0).
loop(N) ->
    _ = list_to_atom("edge_atom_" ++ integer_to_list(N)),
    case N rem 100000 of
        0 -> erlang:display(N);
        _ -> ok
    end,
    loop(N + 1).
