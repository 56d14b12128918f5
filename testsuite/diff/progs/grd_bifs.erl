-module(grd_bifs).
-export([main/1]).
%% Guard BIFs: element, tuple_size, length, hd, tl, abs, map of size
%% tests, arithmetic in guards; failing guard BIFs just make the clause fail.
f(T) when element(1, T) =:= ok -> {ok_tagged, element(2, T)};
f(T) when tuple_size(T) > 3 -> big_tuple;
f(L) when length(L) =:= 2, hd(L) =:= tl(L) -> weird;
f(L) when hd(L) > 100 -> big_head;
f(L) when abs(length(L) - 5) < 2 -> about_five;
f(N) when N * 2 > 10, N rem 2 =:= 1 -> odd_over_five;
f(N) when trunc(N) =:= 3 -> three_ish;
f(A) when is_atom(A), A > m -> late_atom;
f(_) -> other.
main(_) ->
    erlang:display([f(X) || X <- [{ok, 1}, {error, 1}, {a, b, c, d}, {}, [1, [1]], [200], [1, 2, 3, 4],
                                  [1, 2, 3], 7, 8, 3.7, xyz, []]]).
