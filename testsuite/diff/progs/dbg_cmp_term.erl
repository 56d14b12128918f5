-module(dbg_cmp_term).
-export([main/1]).
%% erts_internal:cmp_term/2: -1, 0 or 1 in the exact term order, where
%% every integer is below every float (1 < 1.0, 2 < 1.0), inside tuples,
%% lists and maps too, and 0.0 equals -0.0.
id(X) -> X.
main(_) ->
    Pairs = [{1, 1.0}, {2, 1.0}, {1.0, 2}, {1.0, 1}, {a, 1}, {1, a}, {[1], [1.0]},
             {{1}, {1.0}}, {#{1 => a}, #{1.0 => a}}, {0.0, -0.0}, {-0.0, 0.0}, {3, 3},
             {1 bsl 70, 1.0e30}, {1.0e30, 1 bsl 70}, {a, b}, {"abc", "abd"}, {[], {}},
             {{}, []}, {{1, 2}, {1, 2, 3}}, {"a", [$a | b]},
             {fun lists:map/2, fun lists:map/2}, {#{a => 1}, #{a => 1.0}}, {-1, -1.0},
             {1 bsl 100, -(1 bsl 100)}, {1.5, 1.5}, {[a | b], [a | c]}],
    [erlang:display({A, B, erts_internal:cmp_term(id(A), id(B))}) || {A, B} <- Pairs],
    erlang:display(lists:sort(fun(A, B) -> erts_internal:cmp_term(A, B) =< 0 end,
                              [2.0, 1, 1.0, 2, 0.5, 3, -1.0, -1])).
