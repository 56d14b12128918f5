-module(alg_accum).
-export([main/1]).
%% Accumulator-passing style: running statistics, histogram as an
%% association list, reversing and splitting, all tail recursive.
stats([], N, S, S2, Mn, Mx) -> {N, S, S2, Mn, Mx};
stats([X | T], N, S, S2, Mn, Mx) -> stats(T, N + 1, S + X, S2 + X * X, min(X, Mn), max(X, Mx)).
hist([], Acc) -> lists:sort(Acc);
hist([X | T], Acc) ->
    case lists:keyfind(X, 1, Acc) of
        {X, C} -> hist(T, lists:keyreplace(X, 1, Acc, {X, C + 1}));
        false -> hist(T, [{X, 1} | Acc])
    end.
split_evens([], E, O) -> {lists:reverse(E), lists:reverse(O)};
split_evens([X | T], E, O) when X rem 2 =:= 0 -> split_evens(T, [X | E], O);
split_evens([X | T], E, O) -> split_evens(T, E, [X | O]).
chunks([], _, Acc) -> lists:reverse(Acc);
chunks(L, N, Acc) -> {H, T} = take(N, L, []), chunks(T, N, [H | Acc]).
take(0, L, Acc) -> {lists:reverse(Acc), L};
take(_, [], Acc) -> {lists:reverse(Acc), []};
take(N, [X | T], Acc) -> take(N - 1, T, [X | Acc]).
main(_) ->
    Data = [(I * I * 31 + 7) rem 97 || I <- lists:seq(1, 10000)],
    erlang:display(stats(Data, 0, 0, 0, 1000, -1)),
    erlang:display(lists:sublist(hist(Data, []), 10)),
    erlang:display(split_evens(lists:seq(1, 15), [], [])),
    erlang:display(chunks(lists:seq(1, 10), 3, [])),
    erlang:display(length(chunks(lists:seq(1, 100000), 7, []))).
