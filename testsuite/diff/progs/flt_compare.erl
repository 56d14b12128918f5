-module(flt_compare).
-export([main/1]).
%% Float comparisons, sorting floats, min/max, negative zero, and
%% floats as keys.
id(X) -> X.
main(_) ->
    L = [3.5, -1.25, 0.0, -0.0, 1.0e-300, -1.0e300, 2.0, 2, 1.0e300],
    erlang:display(lists:sort(L)),
    erlang:display(lists:reverse(lists:sort(L))),
    erlang:display(lists:usort(L)),
    erlang:display(lists:max(L)),
    erlang:display(lists:min(L)),
    erlang:display(id(0.1) < id(0.10000000000000002)),
    erlang:display(id(0.1) == id(0.10000000000000001)),
    erlang:display(id(-0.0) < id(0.0)),
    erlang:display(id(-0.0) == id(0.0)),
    erlang:display(id(-0.0) =:= id(0.0)),
    erlang:display(lists:keysort(1, [{2.0, b}, {1, a}, {1.0, c}, {0.5, d}])),
    erlang:display(lists:keyfind(2, 1, [{2.0, float}])),
    erlang:display(lists:keyfind(2.0, 1, [{2.0, float}])).
