-module(map_literal_keys).
-export([main/1]).
%% Map literals (static data) whose keys mix integers and floats: their
%% keys must be stored in map-key order, where every integer is below
%% every float (2 before 1.0), as maps built at run time are, so that
%% lookups, printing and comparison agree between the two.
id(X) -> X.
main(_) ->
    L = #{2 => a, 1.0 => b, -3.0 => c, 10 => d},
    erlang:display(L),
    erlang:display(maps:keys(L)),
    erlang:display([maps:get(K, L) || K <- [2, 1.0, -3.0, 10]]),
    erlang:display(L =:= maps:from_list([{id(2), a}, {id(1.0), b}, {id(-3.0), c}, {id(10), d}])),
    erlang:display(maps:put(id(5), e, L)),
    erlang:display(case id(7) of 7 -> #{{a, 2} => x, {a, 1.0} => y} end),
    erlang:display(maps:get({a, 2}, #{{a, 2} => x, {a, 1.0} => y})),
    erlang:display([#{2 => a}] < [#{1.0 => a}]),
    erlang:display(lists:sort([#{2 => a}, #{1.0 => a}, #{-1.5 => a}, #{100 => a}])).
