-module(alg_hanoi).
-export([main/1]).
%% Towers of Hanoi: the move list for 4 discs and the move count for 20,
%% with a simulation that checks each move is legal.
hanoi(0, _, _, _) -> [];
hanoi(N, From, To, Via) -> hanoi(N - 1, From, Via, To) ++ [{From, To}] ++ hanoi(N - 1, Via, To, From).
count(0) -> 0;
count(N) -> 2 * count(N - 1) + 1.
simulate(Moves, N) ->
    Init = {lists:seq(1, N), [], []},
    lists:foldl(fun({F, T}, Pegs) ->
                    [D | Rest] = element(idx(F), Pegs),
                    Dest = element(idx(T), Pegs),
                    case Dest of [Top | _] when Top < D -> error(illegal); _ -> ok end,
                    setelement(idx(T), setelement(idx(F), Pegs, Rest), [D | Dest])
                end, Init, Moves).
idx(a) -> 1; idx(b) -> 2; idx(c) -> 3.
main(_) ->
    M4 = hanoi(4, a, c, b),
    erlang:display(M4),
    erlang:display(length(M4)),
    erlang:display(simulate(M4, 4)),
    M16 = hanoi(16, a, c, b),
    erlang:display(length(M16)),
    erlang:display(simulate(M16, 16)),
    erlang:display(count(20)),
    erlang:display(count(100)).
