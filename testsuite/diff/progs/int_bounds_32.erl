-module(int_bounds_32).
-export([main/1]).
%% The small-integer bounds of a 32-bit target (|N| < 2^27, 28-bit
%% smalls) and of a 64-bit one (2^59), the 32-bit bignum digit's (2^32)
%% and the runtime's 64-bit fast path's (2^63, 2^64): every operation
%% that can cross them, on values just inside and just outside.  Every
%% result must print as on the host, on 32-bit ARM too.
id(X) -> X.
%% the class and reason of what F raises, or its value
r(F) -> try F() catch C:R -> {C, R} end.
edges(B) -> [B - 2, B - 1, B, B + 1, -B - 1, -B, -B + 1].
main(_) ->
    Vs = lists:append([edges(1 bsl B) || B <- [27, 31, 32, 59, 62, 63, 64]]) ++ [0, 1, -1],
    erlang:display(Vs),
    erlang:display([{X + 1, X - 1, X + X, -X, abs(X)} || X <- Vs]),
    erlang:display([{X * 2, X * -2, X * X} || X <- Vs]),
    erlang:display([{X div 3, X rem 3, X div -7, X rem -7} || X <- Vs]),
    erlang:display([{X bsl 1, X bsr 1, X bsl 4, X bsr 27, X bsr 60} || X <- Vs]),
    erlang:display([{X band 16#7FFFFFF, X bor 1, X bxor -1, bnot X} || X <- Vs]),
    erlang:display([{float(X), X / 2, trunc(X / 1), round(X * 1.0)} || X <- Vs]),
    erlang:display([{integer_to_list(X), integer_to_list(X, 16), integer_to_list(X, 36)} || X <- Vs]),
    erlang:display([list_to_integer(integer_to_list(X)) =:= X || X <- Vs]),
    erlang:display([{X < (1 bsl 27), X == (1 bsl 27) * 1.0, X =:= id(1 bsl 27)} || X <- Vs]),
    erlang:display(lists:sort(fun(A, B) -> A >= B end, Vs)),
    erlang:display(lists:sum(Vs)),
    erlang:display([is_integer(X) andalso X > 0 || X <- Vs]),
    erlang:display([case X of 134217728 -> big27; 134217727 -> small27; _ -> other end || X <- Vs]),
    erlang:display(element(id(3), {a, b, c})),
    erlang:display(r(fun() -> element(id(1 bsl 27), {a}) end)),
    erlang:display(r(fun() -> element(id(1 bsl 40), {a}) end)),
    erlang:display(r(fun() -> lists:nth(id(1 bsl 27), [a]) end)),
    erlang:display(r(fun() -> (id(1 bsl 27) + id(a)) end)),
    erlang:display(r(fun() -> (id(1 bsl 27) bsl id(1 bsl 27)) end)),
    erlang:display(r(fun() -> list_to_atom(integer_to_list(1 bsl 27)) end)),
    erlang:display(r(fun() -> float_to_list(1.5, [{decimals, id(1 bsl 27)}]) end)),
    erlang:display(r(fun() -> float_to_list(1.5, [{decimals, id(1 bsl 32 + 3)}]) end)),
    erlang:display(r(fun() -> float_to_list(1.5, [{scientific, id(1 bsl 32 + 2)}]) end)),
    erlang:display(r(fun() -> float_to_list(1.5, [{decimals, id(1 bsl 60)}]) end)),
    erlang:display(r(fun() -> integer_to_list(id(1 bsl 27), id(1 bsl 27)) end)),
    erlang:display(r(fun() -> atom_to_list(id(1 bsl 27)) end)),
    erlang:display(r(fun() -> tuple_size(id(1 bsl 27)) end)),
    erlang:display(r(fun() -> erlang:make_tuple(id(1 bsl 27), x) end)),
    erlang:display(r(fun() -> erlang:make_tuple(id(-(1 bsl 27)), x) end)),
    erlang:display(r(fun() -> lists:duplicate(id(-(1 bsl 27)), x) end)),
    erlang:display(r(fun() -> lists:seq(id(1 bsl 27), id(1 bsl 27) + 3) end)),
    erlang:display(r(fun() -> setelement(id(1 bsl 27), {a}, b) end)),
    erlang:display(r(fun() -> list_to_tuple(lists:seq(id(1 bsl 27) - 2, id(1 bsl 27) + 2)) end)),
    erlang:display(r(fun() -> length(id(1 bsl 27)) end)),
    erlang:display(r(fun() -> hd(id(1 bsl 27)) end)).
