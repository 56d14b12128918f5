-module(map_nested).
-export([main/1]).
%% Nested maps as a tiny document store: deep get and put via key paths.
get_in([], V) -> V;
get_in([K | Ks], M) when is_map(M) -> case maps:find(K, M) of {ok, V} -> get_in(Ks, V); error -> undefined end;
get_in(_, _) -> undefined.
put_in([K], V, M) -> M#{K => V};
put_in([K | Ks], V, M) -> M#{K => put_in(Ks, V, maps:get(K, M, #{}))}.
main(_) ->
    Doc0 = #{},
    Doc1 = put_in([user, name], "ann", Doc0),
    Doc2 = put_in([user, address, city], "oslo", Doc1),
    Doc3 = put_in([user, address, zip], 150, Doc2),
    Doc4 = put_in([meta, version], 2, Doc3),
    erlang:display(Doc4),
    erlang:display(get_in([user, address, city], Doc4)),
    erlang:display(get_in([user, phone], Doc4)),
    erlang:display(get_in([meta, version, deeper], Doc4)),
    erlang:display(maps:keys(maps:get(user, Doc4))).
