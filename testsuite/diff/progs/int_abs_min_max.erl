-module(int_abs_min_max).
-export([main/1]).
%% abs, min, max, unary minus and plus over small and big integers and floats.
id(X) -> X.
main(_) ->
    Vals = [0, 3, -3, 576460752303423487, -576460752303423488, -(1 bsl 80), 1 bsl 80],
    erlang:display([abs(X) || X <- Vals]),
    erlang:display([-X || X <- Vals]),
    erlang:display([+X || X <- Vals]),
    erlang:display(abs(id(-2.5))),
    erlang:display(abs(id(-0.0))),
    erlang:display(min(id(3), id(7))),
    erlang:display(max(id(3), id(7))),
    erlang:display(min(id(1), id(1.0))),
    erlang:display(max(id(1), id(1.0))),
    erlang:display(min(id(1.0), id(1))),
    erlang:display(max(id(1.0), id(1))),
    erlang:display(min(id(-(1 bsl 70)), id(-5))),
    erlang:display(max(id(1 bsl 70), id(1.0e30))),
    erlang:display(max(id(atom), id(12))),
    erlang:display(min(id([]), id({}))),
    erlang:display(lists:max([3, -7, 1 bsl 65, 2.5])),
    erlang:display(lists:min([3, -7, -(1 bsl 65), 2.5])).
