-module(edge_deep).
-export([main/1]).
%% Deep body recursion, with calls into the runtime at every level
%% (bignums and their text, floats to text, atoms, sorting), meant to
%% run in a small C stack of which the arguments or the environment
%% take most.
main(Args) ->
    erlang:display({length(Args), lists:sum([length(A) || A <- Args])}),
    erlang:display(work(20000)),
    erlang:display(depth(1000000)),
    L = build(1000000),
    erlang:display({length(L), sum(L)}).
work(0) -> 0;
work(N) ->
    B = pow(7, 300 + N rem 50),
    S = integer_to_list(B * B div 3),
    F = float_to_list(N / 7),
    A = list_to_atom("x" ++ integer_to_list(N rem 100)),
    L = lists:sort([N rem 13, N rem 7, N rem 5]),
    length(S) + length(F) + length(atom_to_list(A)) + hd(L) + work(N - 1).
pow(_, 0) -> 1;
pow(X, N) -> X * pow(X, N - 1).
depth(0) -> 0;
depth(N) -> 1 + depth(N - 1).
build(0) -> [];
build(N) -> [N | build(N - 1)].
sum([]) -> 0;
sum([H | T]) -> H + sum(T).
