-module(map_compare).
-export([main/1]).
%% Maps in the term order (after tuples, before lists), map equality with
%% == and =:= on values and keys, and sorting lists of maps.
main(_) ->
    erlang:display(lists:sort([[1], #{a => 1}, {z}, 1, a])),
    erlang:display(#{a => 1} == #{a => 1.0}),
    erlang:display(#{a => 1} =:= #{a => 1.0}),
    erlang:display(#{1 => a} == #{1.0 => a}),
    erlang:display(#{a => 1} < #{a => 2}),
    erlang:display(#{b => 1} < #{a => 1, b => 1}),
    erlang:display(#{a => 2} < #{b => 1}),
    erlang:display(lists:sort([#{b => 1}, #{a => 1, b => 0}, #{a => 2}, #{}, #{a => 1}])),
    erlang:display(lists:usort([#{x => 1}, #{x => 1}, #{x => 1.0}])).
