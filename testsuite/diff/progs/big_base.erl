-module(big_base).
-export([main/1]).
%% integer_to_list/2 in every base 2..36, for small, negative and huge values.
main(_) ->
    erlang:display([integer_to_list(255, B) || B <- lists:seq(2, 36)]),
    erlang:display([integer_to_list(-123456789, B) || B <- lists:seq(2, 36)]),
    Big = 1 bsl 130 + 12345,
    erlang:display([integer_to_list(Big, B) || B <- [2, 3, 7, 8, 16, 32, 36]]),
    erlang:display(integer_to_list(0, 2)),
    erlang:display(integer_to_list(-1, 36)),
    erlang:display(integer_to_list(35, 36)),
    erlang:display(integer_to_list(36, 36)),
    F = fact(100),
    erlang:display(integer_to_list(F, 16)),
    erlang:display(integer_to_list(-F, 36)),
    erlang:display([list_to_integer(integer_to_list(F, B), B) =:= F || B <- lists:seq(2, 36)]),
    erlang:display(integer_to_list(576460752303423488, 16)),
    erlang:display(integer_to_list(-576460752303423489, 16)).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
