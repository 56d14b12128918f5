-module(cmp_exact).
-export([main/1]).
%% == / =:= / /= / =/= inside structures: numbers nested in tuples and lists.
id(X) -> X.
main(_) ->
    Pairs = [{1, 1.0}, {[1, 2], [1.0, 2]}, {{a, 1}, {a, 1.0}}, {{1, [2, {3}]}, {1, [2, {3.0}]}},
             {a, a}, {"abc", [97, 98, 99]}, {[], []}, {{}, {}}, {0, -0.0},
             {1 bsl 70, float(1 bsl 70)}, {[1 | 2], [1.0 | 2.0]}],
    erlang:display([{id(A) == id(B), id(A) =:= id(B), id(A) /= id(B), id(A) =/= id(B)} || {A, B} <- Pairs]),
    erlang:display([A < B || {A, B} <- Pairs]),
    erlang:display([B < A || {A, B} <- Pairs]),
    erlang:display(lists:delete(1.0, [1, 1.0, 2])),
    erlang:display([1, 1.0, 2] -- [1.0]),
    erlang:display(lists:usort([{1, a}, {1.0, a}, {1, b}])),
    erlang:display(lists:ukeysort(1, [{1, a}, {1.0, b}, {2, c}])).
