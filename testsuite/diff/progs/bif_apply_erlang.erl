-module(bif_apply_erlang).
-export([main/1, twice/1]).
%% erlang:apply/2,3 as functions themselves: applied with apply/3, made
%% into export funs, mapped over; their failures raised from within.
id(X) -> X.
twice(X) -> 2 * X.
t(F) ->
    try F() of V -> {value, V}
    catch C:R:St -> {C, R, hd(St)}
    end.
main(_) ->
    erlang:display(apply(erlang, apply, [lists, reverse, [[1, 2, 3]]])),
    erlang:display(apply(id(erlang), id(apply), [fun(X) -> X + 1 end, [41]])),
    A3 = fun erlang:apply/3,
    A2 = fun erlang:apply/2,
    erlang:display(A3(?MODULE, twice, [21])),
    erlang:display(A2(fun ?MODULE:twice/1, [5])),
    erlang:display(lists:map(fun(X) -> A3(?MODULE, twice, [X]) end, [1, 2, 3])),
    erlang:display(apply(erlang, apply, [erlang, apply, [lists, seq, [1, 4]]])),
    erlang:display(erlang:is_function(A3, 3)),
    erlang:display(t(fun() -> apply(erlang, apply, [id(1), f, []]) end)),
    erlang:display(t(fun() -> apply(erlang, apply, [lists, reverse, id(notalist)]) end)),
    erlang:display(t(fun() -> A2(id(notafun), []) end)),
    erlang:display(t(fun() -> A3(?MODULE, no_such_function, [1]) end)),
    erlang:display(t(fun() -> apply(erlang, apply, [?MODULE, twice, [id(a)]]) end)).
