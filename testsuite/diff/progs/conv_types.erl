-module(conv_types).
-export([main/1]).
%% Type-test BIFs over a table of values of every (printable) type.
main(_) ->
    Vals = [0, -1, 1 bsl 70, 1.0, a, true, [], [1], "s", {}, {1, 2}, fun() -> ok end, fun lists:map/2],
    Tests = [fun is_integer/1, fun is_float/1, fun is_number/1, fun is_atom/1, fun is_boolean/1,
             fun is_list/1, fun is_tuple/1, fun is_function/1],
    lists:foreach(fun(T) -> erlang:display([T(V) || V <- Vals]) end, Tests),
    erlang:display([is_function(V, 0) || V <- Vals]),
    erlang:display([is_function(V, 2) || V <- Vals]),
    erlang:display([is_record(V, r, 2) || V <- [{r, 1}, {r, 1, 2}, {s, 1}, r]]).
