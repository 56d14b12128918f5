-module(fun_equality).
-export([main/1, f/1]).
%% Fun equality: the same fun F/A or M:F/A compares equal; closures from
%% the same expression are equal when they captured equal values.
f(X) -> X.
g(X) -> X.
make(N) -> fun() -> N end.
main(_) ->
    erlang:display(fun f/1 =:= fun f/1),
    erlang:display(fun f/1 =:= fun g/1),
    erlang:display(fun fun_equality:f/1 =:= fun fun_equality:f/1),
    erlang:display(fun lists:map/2 == fun lists:map/2),
    erlang:display(fun lists:map/2 =:= fun lists:filter/2),
    erlang:display(make(1) =:= make(1)),
    erlang:display(make(1) =:= make(2)),
    erlang:display(make(1) == make(1.0)),
    erlang:display(fun f/1 =:= fun fun_equality:f/1),
    F = fun f/1,
    erlang:display(lists:member(F, [fun g/1, fun f/1])),
    erlang:display(is_function(F) andalso F =/= make(1)),
    erlang:display(length(lists:usort([fun f/1, fun f/1, fun g/1]))).
