-module(alg_lcs).
-export([main/1]).
%% Dynamic programming with lists: longest common subsequence and edit
%% distance, row by row.
lcs(A, B) ->
    Row0 = lists:duplicate(length(B) + 1, {0, []}),
    Last = lists:foldl(fun(Ca, Prev) -> row(Ca, B, Prev) end, Row0, A),
    {_, S} = lists:last(Last),
    lists:reverse(S).
row(Ca, B, [P0 | Prev]) -> row(Ca, B, P0, Prev, [{0, []}]).
row(_, [], _, [], Acc) -> lists:reverse(Acc);
row(Ca, [Cb | Bs], {Dn, Ds}, [{Un, _} = Up | Prev], [{Ln, _} = Left | _] = Acc) ->
    Cell = if Ca =:= Cb -> {Dn + 1, [Ca | Ds]};
              Un >= Ln -> Up;
              true -> Left
           end,
    row(Ca, Bs, Up, Prev, [Cell | Acc]).
edit(A, B) ->
    Row0 = lists:seq(0, length(B)),
    {_, Last} = lists:foldl(fun(Ca, {I, Prev}) -> {I + 1, erow(Ca, B, Prev, [I + 1])} end, {0, Row0}, A),
    lists:last(Last).
erow(_, [], _, Acc) -> lists:reverse(Acc);
erow(Ca, [Cb | Bs], [D, U | Prev], [L | _] = Acc) ->
    Cost = if Ca =:= Cb -> 0; true -> 1 end,
    erow(Ca, Bs, [U | Prev], [lists:min([D + Cost, U + 1, L + 1]) | Acc]).
main(_) ->
    erlang:display(lcs("ABCBDAB", "BDCABA")),
    erlang:display(lcs("AGGTAB", "GXTXAYB")),
    erlang:display(lcs("the quick brown fox", "a quick brown dog jumps")),
    erlang:display(edit("kitten", "sitting")),
    erlang:display(edit("", "abc")),
    erlang:display(edit("flaw", "lawn")),
    erlang:display(edit("intention", "execution")),
    A = [X rem 7 + $a || X <- lists:seq(1, 300)], B = [X rem 5 + $a || X <- lists:seq(1, 300)],
    erlang:display(length(lcs(A, B))),
    erlang:display(edit(A, B)).
