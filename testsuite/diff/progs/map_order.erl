-module(map_order).
-export([main/1]).
%% The order between maps (size first, then the keys in map-key order,
%% then the values), == against =:= on values and keys, maps among other
%% terms, and maps as keys of maps (with 1 and 1.0 inside them).
id(X) -> X.
main(_) ->
    Ms = [#{}, #{a => 1}, #{a => 2}, #{b => 0}, #{a => 1, b => 2}, #{1 => x}, #{1.0 => x},
          #{2 => x}, #{{a} => 1}, #{[] => 1}, #{"a" => 1}, #{a => 1.0}, #{z => 1, a => 9}],
    Rs = [id(M) || M <- Ms],
    erlang:display(lists:sort(Rs)),
    erlang:display(lists:reverse(lists:sort(fun(A, B) -> A >= B end, Rs))),
    erlang:display([{A < B, A == B, A =:= B} || {A, B} <- [{id(#{1 => a}), id(#{1.0 => a})},
                                                         {id(#{a => 1}), id(#{a => 1.0})},
                                                         {id(#{2 => a}), id(#{1.0 => a})},
                                                         {id(#{a => 1, b => 2}), id(#{a => 1, c => 0})},
                                                         {id(#{a => 3}), id(#{a => 1, b => 1})},
                                                         {id(#{a => [1]}), id(#{a => {1}})}]]),
    erlang:display(lists:sort([id(#{}), id({}), id([]), id(1), id(a), id(<<>>), id([a]), id(#{a => b})])),
    erlang:display(lists:usort([id(#{x => 1}), id(#{x => 1}), id(#{x => 1.0}), id(#{x => 2})])),
    K1 = id(#{a => 1}), K2 = id(#{a => 1.0}), K3 = id(#{1 => a}), K4 = id(#{1.0 => a}),
    Keyed = #{K1 => one, K2 => onef, K3 => int_key, K4 => float_key, id(#{}) => empty},
    erlang:display(map_size(Keyed)),
    erlang:display(Keyed),
    erlang:display([maps:get(K, Keyed) || K <- [#{a => 1}, #{a => 1.0}, #{1 => a}, #{1.0 => a}, #{}]]),
    erlang:display(maps:find(#{a => 2}, Keyed)),
    Nest = #{id(#{k => #{}}) => 1, id(#{k => #{n => 1}}) => 2, id(#{k => #{n => 1.0}}) => 3},
    erlang:display(Nest),
    erlang:display(maps:get(#{k => #{n => 1.0}}, Nest)),
    erlang:display(#{id({1, #{}}) => a, id({1.0, #{}}) => b, id({1, #{x => y}}) => c}),
    erlang:display(id(#{a => 1}) =:= maps:put(a, 1, id(#{}))),
    erlang:display(maps:remove(b, id(#{a => 1, b => 2})) == #{a => 1.0}),
    erlang:display(erlang:max(id(#{b => 1}), id(#{a => 1, b => 1}))),
    erlang:display(erlang:min(id(#{a => 2}), id(#{b => 1}))).
