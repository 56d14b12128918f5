-module(map_literal).
-export([main/1]).
%% Map literals and how erlang:display prints them (small maps print in
%% key order), map_size, is_map, and maps as values in other terms.
main(_) ->
    erlang:display(#{}),
    erlang:display(#{a => 1}),
    erlang:display(#{b => 2, a => 1, c => 3}),
    erlang:display(#{1 => int, 1.0 => float, "s" => str, {t} => tuple, [l] => list, z => atom}),
    erlang:display(#{k => #{nested => [1, 2]}}),
    erlang:display([#{x => 1}, {#{}}]),
    erlang:display(map_size(#{a => 1, b => 2})),
    erlang:display(is_map(#{})),
    erlang:display(is_map([])),
    erlang:display(#{{a, 1} => [#{}], {a, 1.0} => x}).
