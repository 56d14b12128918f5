-module(map_mixed_keys).
-export([main/1]).
%% Keys of every kind in one map, built at run time (from_list, =>,
%% maps:put): small maps print in key order, where every integer is below
%% every float, so 1 and 1.0 are two keys; 0.0 and -0.0 are one.
id(X) -> X.
main(_) ->
    Ks = [z, 1, 1.0, -1, -1.0, 2.5, 1 bsl 70, -(1 bsl 70), "s", <<"b">>, {t, 1},
          {t, 1.0}, [], [x], a, #{k => v}, {}],
    M = maps:from_list([{K, I} || {I, K} <- lists:zip(lists:seq(1, length(Ks)), Ks)]),
    erlang:display(map_size(M)),
    erlang:display(M),
    erlang:display(maps:keys(M)),
    erlang:display([maps:get(K, M) || K <- Ks]),
    erlang:display([maps:is_key(K, M) || K <- [1.0, id(1), 2, 2.0, {t, id(1)}, {t, 2}, "s", "t"]]),
    Small = maps:from_list([{id(2), int}, {id(1.0), float}, {id(-3.0), neg}, {id(a), atom}]),
    erlang:display(Small),
    erlang:display(maps:keys(Small)),
    erlang:display(maps:to_list(Small)),
    erlang:display(#{id(1) => i, id(1.0) => f}),
    erlang:display((id(#{1 => i}))#{id(1.0) => f}),
    erlang:display(maps:put(1.0, f, id(#{1 => i}))),
    erlang:display(maps:get(1, id(#{1.0 => float, 1 => int}))),
    erlang:display(maps:find(1.0, id(#{1 => int}))),
    Z = maps:from_list([{id(0.0), a}, {id(-0.0), b}]),
    erlang:display({map_size(Z), maps:get(0.0, Z), maps:get(-0.0, Z)}),
    erlang:display(maps:put(id(-0.0), c, id(#{0.0 => a}))),
    erlang:display(maps:merge(id(#{0.0 => a, x => 1}), id(#{-0.0 => b}))),
    Big = maps:from_list([{id(1 bsl 80), big}, {id(3), small}]),
    erlang:display(maps:get(1 bsl 80, Big)),
    erlang:display(maps:find(id(1 bsl 80) + 1, Big)),
    Nested = #{id({a, [1, 2]}) => tuple_key, id([{a, 1}]) => list_key},
    erlang:display(maps:get({a, [1, 2]}, Nested)),
    erlang:display(maps:get([{a, 1}], Nested)),
    erlang:display(maps:get(id(#{k => v}), M)),
    erlang:display(maps:find(#{k => v, l => w}, M)).
