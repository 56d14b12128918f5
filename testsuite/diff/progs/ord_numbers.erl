-module(ord_numbers).
-export([main/1]).
%% Numbers compare by value across int, bignum and float; equal values
%% keep their relative order in a stable sort.
main(_) ->
    L = [3, 1.0, 1, 1 bsl 64, 18446744073709551616.0, -1, -1.0, 0, 0.0, -0.0, 2.5, 1 bsl 100,
         -(1 bsl 100), 1.0e30, 1.0e-30, 576460752303423487, 576460752303423488],
    erlang:display(lists:sort(L)),
    erlang:display(lists:usort(L)),
    erlang:display(lists:sort(fun(A, B) -> A >= B end, L)),
    erlang:display(lists:max(L)),
    erlang:display(lists:min(L)),
    erlang:display([{X, Y, X < Y, X == Y} || {X, Y} <- [{1, 1.0}, {1 bsl 64, 18446744073709551616.0},
                                                          {576460752303423487, 576460752303423488.0}]]).
