-module(int_shift).
-export([main/1]).
%% bsl and bsr: growth into bignums, arithmetic right shift of negatives,
%% negative shift counts, shifts by large amounts.
id(X) -> X.
main(_) ->
    erlang:display([id(1) bsl N || N <- [0, 1, 10, 58, 59, 60, 63, 64, 65, 100]]),
    erlang:display([id(-1) bsl N || N <- [0, 1, 59, 60, 64]]),
    erlang:display([id(1024) bsr N || N <- [0, 1, 5, 10, 11, 100]]),
    erlang:display([id(-1024) bsr N || N <- [0, 1, 5, 10, 11, 100]]),
    erlang:display([id(-1) bsr N || N <- [0, 1, 1000]]),
    erlang:display(id(5) bsl id(-1)),
    erlang:display(id(5) bsr id(-2)),
    erlang:display(id(-7) bsr 1),
    erlang:display(id(-7) div 2),
    erlang:display((id(1) bsl 200) bsr 190),
    erlang:display((id(-1) bsl 200) bsr 199),
    erlang:display(id(16#123456789ABCDEF) bsl 4),
    erlang:display(id(16#123456789ABCDEF0) bsr 4),
    erlang:display(lists:foldl(fun(B, A) -> (A bsl 1) bor B end, 0,
                               [1,0,1,1,0,0,1,0,1,1,1,1,0,0,0,1,1,0,1,0,1,1,0,0,1,1,1,0,0,0,1,1,1,1,1,0,0,1,0,1,0,1,0,1,1,1,0,1,0,1,0,1,0,0,1,1,0,1,1,1,0,1,1,0,1,0,1,0])).
