-module(map_get_put).
-export([main/1]).
%% maps:get/2,3, maps:put/3, maps:find/2, maps:is_key/2, maps:remove/2,
%% and the {badkey, K} / badmap errors.
id(X) -> X.
main(_) ->
    M = id(#{name => "joe", age => 42, langs => [erlang, c]}),
    erlang:display(maps:get(name, M)),
    erlang:display(maps:get(missing, M, default)),
    erlang:display(maps:find(age, M)),
    erlang:display(maps:find(nope, M)),
    erlang:display(maps:is_key(langs, M)),
    M2 = maps:put(age, 43, M),
    erlang:display(M2),
    erlang:display(maps:put(new, key, M)),
    erlang:display(maps:remove(langs, M)),
    erlang:display(maps:remove(absent, M) =:= M),
    erlang:display(try maps:get(missing, M) catch error:R -> R end),
    erlang:display(try maps:get(a, id(not_a_map)) catch error:R2 -> R2 end),
    erlang:display(maps:get(1, #{1.0 => float, 1 => int})).
