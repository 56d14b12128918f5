%% qsort.erl -- quicksort of pseudo-random integers with list
%% comprehensions (closures, comparisons, consing).  The numbers come from
%% a linear congruential generator written here (no rand module), so both
%% sides sort the same list.  Arguments: list length (default 200000) and
%% rounds, each with a fresh seed (default 5; 1 if only the length is
%% given).
-module(qsort).
-export([main/1]).

main(Args) ->
    {Len, Repeat} = case Args of
                        [] -> {200000, 5};
                        [L] -> {list_to_integer(L), 1};
                        [L, R | _] -> {list_to_integer(L), list_to_integer(R)}
                    end,
    erlang:display(loop(Repeat, Len, 0)).

loop(0, _Len, Acc) -> Acc;
loop(K, Len, Acc) ->
    Sorted = qsort(lcg_list(Len, K, [])),
    loop(K - 1, Len, (Acc * 7 + checksum(Sorted, 1, 0)) rem 1000000007).

%% The constants of Numerical Recipes' 32-bit LCG.
lcg_list(0, _Seed, Acc) -> Acc;
lcg_list(N, Seed, Acc) ->
    Next = (Seed * 1664525 + 1013904223) band 16#FFFFFFFF,
    lcg_list(N - 1, Next, [Next bsr 8 | Acc]).

qsort([]) -> [];
qsort([P | T]) ->
    qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

%% Position-weighted sum, so an unsorted permutation gives another value.
checksum([], _I, Acc) -> Acc;
checksum([H | T], I, Acc) -> checksum(T, I + 1, (Acc + H * I) rem 1000000007).
