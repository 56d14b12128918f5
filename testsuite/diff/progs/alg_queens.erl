-module(alg_queens).
-export([main/1]).
%% N-queens: all solutions for N = 1..8 by backtracking, and the first
%% solution for N = 8.
queens(N) -> place(N, N, []).
place(_, 0, Qs) -> [Qs];
place(N, K, Qs) -> [S || C <- lists:seq(1, N), safe(C, Qs, 1), S <- place(N, K - 1, [C | Qs])].
safe(_, [], _) -> true;
safe(C, [Q | Qs], D) -> C =/= Q andalso abs(C - Q) =/= D andalso safe(C, Qs, D + 1).
main(_) ->
    erlang:display([length(queens(N)) || N <- lists:seq(1, 8)]),
    S8 = queens(8),
    erlang:display(hd(S8)),
    erlang:display(lists:last(S8)),
    erlang:display(lists:nth(46, S8)),
    erlang:display(length(lists:usort(S8))).
