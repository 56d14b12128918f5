-module(map_match).
-export([main/1]).
%% Map patterns in function heads and case: partial matching, binding
%% values, matching against bound keys, and failure.
id(X) -> X.
kind(#{type := circle, r := R}) -> {circle, R};
kind(#{type := square} = M) -> {square, maps:get(side, M, unknown)};
kind(#{}) -> other_map;
kind(_) -> not_a_map.
main(_) ->
    erlang:display([kind(X) || X <- [#{type => circle, r => 2}, #{type => square, side => 3},
                                      #{type => square}, #{type => tri}, #{}, [], #{r => 1}]]),
    K = id(key),
    #{K := V} = id(#{key => found, other => x}),
    erlang:display(V),
    erlang:display(case id(#{a => 1, b => 2}) of #{a := 1, b := B} -> {b, B}; _ -> no end),
    erlang:display(try #{a := _} = id(#{b => 1}) catch error:R -> R end),
    erlang:display([X || #{x := X} <- [#{x => 1}, #{y => 2}, #{x => 3, y => 4}]]),
    F = fun(#{n := N}) when N > 10 -> big; (#{n := _}) -> small end,
    erlang:display([F(#{n => 5}), F(#{n => 50})]).
