-module(pat_guard_seq).
-export([main/1]).
%% Guard sequences: ';' (or) between guards and ',' (and) within, guards
%% over several arguments, and guards that fail partway.
f(X, Y) when X > 0, Y > 0; X < 0, Y < 0 -> same_sign;
f(X, Y) when X =:= 0; Y =:= 0 -> has_zero;
f(_, _) -> different_sign.
g(L) when is_list(L), length(L) > 2; is_tuple(L), tuple_size(L) > 2 -> big;
g(L) when hd(L) =:= x; element(1, L) =:= x -> starts_x;
g(_) -> other.
leap(Y) when Y rem 400 =:= 0; Y rem 4 =:= 0, Y rem 100 =/= 0 -> true;
leap(_) -> false.
main(_) ->
    erlang:display([f(X, Y) || X <- [-2, 0, 3], Y <- [-1, 0, 4]]),
    erlang:display([g(X) || X <- [[1, 2, 3], {1, 2, 3}, [x], {x}, [y], {y}, x, 3]]),
    erlang:display([Y || Y <- lists:seq(1890, 2030), leap(Y)]).
