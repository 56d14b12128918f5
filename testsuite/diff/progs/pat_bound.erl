-module(pat_bound).
-export([main/1]).
%% Matching with = against bound variables, badmatch on mismatch, and
%% variables bound in case branches used afterwards.
id(X) -> X.
check(X) ->
    case X of
        {A, B} when A > B -> R = greater;
        {_, _} -> R = not_greater;
        _ -> R = not_a_pair
    end,
    R.
main(_) ->
    X = id(5),
    5 = X,
    erlang:display(try 6 = id(X) catch error:E -> E end),
    {A, A} = id({1, 1}),
    erlang:display(A),
    erlang:display(try {B, B} = id({1, 2}), B catch error:E2 -> E2 end),
    erlang:display(try {C, C} = id({1, 1.0}), C catch error:E3 -> E3 end),
    erlang:display([check(T) || T <- [{2, 1}, {1, 2}, x]]),
    L = [_ | _] = id([1, 2]),
    erlang:display(L),
    erlang:display(try [_] = id([1, 2]) catch error:E4 -> E4 end),
    erlang:display(try "abc" ++ _ = id("abd") catch error:E5 -> E5 end),
    Y = Z = id(7),
    erlang:display(Y + Z).
