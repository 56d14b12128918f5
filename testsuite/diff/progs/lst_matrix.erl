-module(lst_matrix).
-export([main/1]).
%% Matrices as lists of lists: transpose, multiply, identity, powers
%% (Fibonacci via matrix power with bignums), determinant by expansion.
transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].
mul(A, B) -> Bt = transpose(B), [[lists:sum(lists:zipwith(fun erlang:'*'/2, R, C)) || C <- Bt] || R <- A].
identity(N) -> [[if I =:= J -> 1; true -> 0 end || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].
mpow(M, 0) -> identity(length(M));
mpow(M, N) when N rem 2 =:= 0 -> H = mpow(M, N div 2), mul(H, H);
mpow(M, N) -> mul(M, mpow(M, N - 1)).
det([[X]]) -> X;
det([Row | Rest]) ->
    lists:sum([sign(J) * X * det(minor(J, Rest)) || {J, X} <- lists:zip(lists:seq(1, length(Row)), Row)]).
minor(J, Rows) -> [[X || {K, X} <- lists:zip(lists:seq(1, length(R)), R), K =/= J] || R <- Rows].
sign(J) when J rem 2 =:= 1 -> 1;
sign(_) -> -1.
main(_) ->
    A = [[1, 2, 3], [4, 5, 6]],
    erlang:display(transpose(A)),
    erlang:display(mul(A, transpose(A))),
    erlang:display(identity(4)),
    erlang:display(mpow([[1, 1], [1, 0]], 10)),
    [[_, F300], _] = mpow([[1, 1], [1, 0]], 300),
    erlang:display(F300),
    erlang:display(det([[2, 0, 1], [1, 3, 2], [1, 1, 4]])),
    erlang:display(det([[if I =:= J -> I * 10; true -> (I * 7 + J * 3) rem 5 end || J <- lists:seq(1, 6)] || I <- lists:seq(1, 6)])),
    erlang:display(det(identity(7))).
