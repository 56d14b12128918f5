-module(int_collatz).
-export([main/1]).
%% Collatz sequences: small-integer loops with div/rem and comparisons.
steps(1, N) -> N;
steps(X, N) when X rem 2 =:= 0 -> steps(X div 2, N + 1);
steps(X, N) -> steps(3 * X + 1, N + 1).
seq(1) -> [1];
seq(X) when X band 1 =:= 0 -> [X | seq(X bsr 1)];
seq(X) -> [X | seq(3 * X + 1)].
main(_) ->
    erlang:display(seq(27)),
    erlang:display([steps(X, 0) || X <- lists:seq(1, 30)]),
    {Best, Len} = lists:foldl(fun(X, {B, L}) ->
                                  S = steps(X, 0),
                                  if S > L -> {X, S}; true -> {B, L} end
                              end, {1, 0}, lists:seq(1, 100000)),
    erlang:display({Best, Len}),
    erlang:display(steps(576460752303423487, 0)),
    erlang:display(lists:max(seq(77031))).
