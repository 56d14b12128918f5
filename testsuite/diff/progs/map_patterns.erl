-module(map_patterns).
-export([main/1]).
%% Map patterns: several keys in one head, literal and bound variable
%% keys, nested map patterns, values matched against literals and bound
%% variables, guards with map_size/is_map_key/map_get, and patterns that
%% share registers with the source (a key that is also the result).
id(X) -> X.

area(#{shape := rect, w := W, h := H}) -> W * H;
area(#{shape := circle, r := R}) when is_number(R) -> 3 * R * R;
area(#{shape := Other}) -> {unknown, Other};
area(M) when is_map(M), map_size(M) =:= 0 -> empty;
area(_) -> not_a_shape.

deep(#{a := #{b := #{c := C}}}) -> {c, C};
deep(#{a := #{b := B}}) -> {b, B};
deep(#{a := A}) -> {a, A};
deep(_) -> none.

same(K, M) ->
    case M of
        #{K := V, other := V} -> {same, V};
        #{K := V} -> {found, V};
        _ -> missing
    end.

guards(M) when is_map_key(x, M), map_get(x, M) > 10 -> big_x;
guards(M) when is_map_key(x, M) -> small_x;
guards(M) when map_size(M) > 2 -> many;
guards(_) -> other.

lit(#{1 := one}) -> int_key;
lit(#{1.0 := one}) -> float_key;
lit(#{{k, [1]} := V}) -> {tuple_key, V};
lit(#{<<"bin">> := V}) -> {bin_key, V};
lit(#{"str" := V}) -> {str_key, V};
lit(_) -> no.

self_key(K, M) -> #{K := K2} = M, #{K2 := V} = M, V.

main(_) ->
    erlang:display([area(id(X)) || X <- [#{shape => rect, w => 2, h => 3},
                                         #{shape => circle, r => 2},
                                         #{shape => circle, r => x},
                                         #{shape => blob, w => 1},
                                         #{}, [], #{w => 1}]]),
    erlang:display([deep(id(X)) || X <- [#{a => #{b => #{c => 1}}}, #{a => #{b => 2}},
                                         #{a => #{x => 1}}, #{a => 3}, #{b => 1}, 7]]),
    erlang:display([same(id(K), id(M)) || {K, M} <- [{k, #{k => 1, other => 1}},
                                                    {k, #{k => 1, other => 2}},
                                                    {k, #{k => 1.0, other => 1}},
                                                    {q, #{k => 1}}]]),
    erlang:display([guards(id(M)) || M <- [#{x => 20}, #{x => 1}, #{x => a},
                                          #{a => 1, b => 2, c => 3}, #{}, x]]),
    erlang:display([lit(id(M)) || M <- [#{1 => one}, #{1.0 => one}, #{{k, [1]} => v},
                                       #{<<"bin">> => b}, #{"str" => s}, #{1 => two}]]),
    erlang:display(self_key(id(a), id(#{a => b, b => c}))),
    erlang:display(case id(#{status => ok, data => [1, 2]}) of
                       #{status := error} -> failed;
                       #{status := ok, data := [H | _]} -> {first, H}
                   end),
    F = fun(#{n := N} = M) when N > 0 -> M#{n := N - 1}; (M) -> M end,
    erlang:display(F(F(F(#{n => 2, keep => yes})))),
    Match = fun(Key, Map) -> case Map of #{Key := V} -> {ok, V}; #{} -> nokey; _ -> nomap end end,
    erlang:display([Match(id(K), id(M)) || {K, M} <- [{a, #{a => 1}}, {1, #{1.0 => x}},
                                                     {[], #{[] => nil}}, {a, #{}}, {a, []}]]),
    {A, B} = {id(#{x => 1, y => 2}), id(#{x => 1, y => 2})},
    #{x := X1} = A, #{x := X1, y := Y1} = B,
    erlang:display({X1, Y1}).
