-module(map_update).
-export([main/1]).
%% Map update syntax: => adds or replaces, := only replaces (badkey if
%% absent), chained updates, and updating a non-map.
id(X) -> X.
main(_) ->
    M = id(#{a => 1}),
    erlang:display(M#{b => 2}),
    erlang:display(M#{a => 100}),
    erlang:display(M#{a := 5}),
    erlang:display(try (id(M))#{b := 2} catch error:R -> R end),
    erlang:display(try (id(not_map))#{a => 1} catch error:R2 -> R2 end),
    M2 = M#{b => 2, c => 3},
    M3 = M2#{a := 0, c := [M2]},
    erlang:display(M3),
    erlang:display(lists:foldl(fun(K, Acc) -> Acc#{K => K * 2} end, #{}, lists:seq(1, 5))),
    erlang:display((id(#{1 => a}))#{1.0 => b}).
