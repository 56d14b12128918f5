-module(fun_external).
-export([main/1, double/1, pair/2]).
%% fun M:F/A and fun F/A values: calling them, passing them to lists
%% functions, and building them from dynamic atoms.
double(X) -> 2 * X.
pair(A, B) -> {A, B}.
square(X) -> X * X.
id(X) -> X.
main(_) ->
    D = fun fun_external:double/1,
    erlang:display(D(21)),
    erlang:display(lists:map(fun fun_external:double/1, [1, 2, 3])),
    erlang:display(lists:map(fun square/1, [1, 2, 3])),
    erlang:display(lists:zipwith(fun ?MODULE:pair/2, [a, b], [1, 2])),
    M = id(lists), F = id(reverse),
    R = fun M:F/1,
    erlang:display(R([1, 2, 3])),
    erlang:display((fun erlang:abs/1)(-5)),
    erlang:display((fun erlang:'+'/2)(2, 3)),
    erlang:display(lists:foldl(fun erlang:max/2, 0, [3, 9, 2])),
    erlang:display(lists:map(fun erlang:atom_to_list/1, [a, bc])),
    erlang:display(lists:sort(fun erlang:'>='/2, [2, 3, 1])).
