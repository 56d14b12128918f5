-module(flt_mixed).
-export([main/1]).
%% Mixed int/float expressions: type of results, / always gives float,
%% float and integer zero, averages and rounding of results.
id(X) -> X.
avg(L) -> lists:sum(L) / length(L).
main(_) ->
    erlang:display([is_float(X) || X <- [id(1) + id(1.0), id(2) * id(2), id(4) / id(2), id(4) div id(2), id(2.0) - id(2)]]),
    erlang:display(id(4) / id(2)),
    erlang:display(id(1) + id(0.0)),
    erlang:display(id(0) * id(-1.0)),
    erlang:display(id(0) * id(1.0)),
    erlang:display(avg([1, 2, 3, 4])),
    erlang:display(avg([1.5, 2.5, 3])),
    erlang:display(round(avg(lists:seq(1, 100)))),
    erlang:display(trunc(avg(lists:seq(1, 100)) * 10)),
    erlang:display(lists:sum([0.1 || _ <- lists:seq(1, 10)])),
    erlang:display(float_to_list(lists:sum([0.1 || _ <- lists:seq(1, 10)]))),
    erlang:display(lists:foldl(fun(X, A) -> A * 1.5 + X end, 0, lists:seq(1, 20))),
    erlang:display([X * 0.5 || X <- [1, 2, 3, 1 bsl 60]]).
