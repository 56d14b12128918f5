-module(pat_nested).
-export([main/1]).
%% Deeply nested patterns, = patterns (aliases) and matching against
%% already bound variables.
area({circle, {point, _, _}, R}) -> {circle, R * R * 3};
area({rect, {point, X1, Y1}, {point, X2, Y2}}) -> {rect, abs(X2 - X1) * abs(Y2 - Y1)};
area({group, Shapes}) -> {group, [area(S) || S <- Shapes]};
area(_) -> unknown.
first_two([A, B | _] = L) -> {A, B, length(L)};
first_two(L) -> {short, L}.
lookup(K, [{K, V} | _]) -> {ok, V};
lookup(K, [_ | T]) -> lookup(K, T);
lookup(_, []) -> error.
main(_) ->
    erlang:display(area({circle, {point, 0, 0}, 2})),
    erlang:display(area({rect, {point, 1, 1}, {point, 4, 5}})),
    erlang:display(area({group, [{circle, {point, 1, 1}, 1}, {rect, {point, 0, 0}, {point, 2, 2}}, {tri}]})),
    erlang:display(first_two([a, b, c, d])),
    erlang:display(first_two([a])),
    erlang:display(lookup(b, [{a, 1}, {b, 2}, {b, 3}])),
    erlang:display(lookup(z, [{a, 1}])),
    {X, {Y, [Z | _]}} = {1, {2, [3, 4]}},
    erlang:display(X + Y + Z),
    T = {a, {b, {c, {d, {e, end_}}}}},
    {a, {b, {c, {d, {e, Leaf}}}}} = T,
    erlang:display(Leaf),
    [{K1, _}, {K1, V2} | Rest] = [{k, 1}, {k, 2}, {j, 3}],
    erlang:display({K1, V2, Rest}).
