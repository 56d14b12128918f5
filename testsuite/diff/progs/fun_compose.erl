-module(fun_compose).
-export([main/1]).
%% Higher-order composition: pipelines of funs, currying, partial
%% application, function powers, and map/reduce built from funs.
compose(Fs) -> lists:foldr(fun(F, Acc) -> fun(X) -> F(Acc(X)) end end, fun(X) -> X end, Fs).
pipe(X, Fs) -> lists:foldl(fun(F, Acc) -> F(Acc) end, X, Fs).
curry(F) -> fun(A) -> fun(B) -> F(A, B) end end.
power(_, 0) -> fun(X) -> X end;
power(F, N) -> fun(X) -> F((power(F, N - 1))(X)) end.
main(_) ->
    Inc = fun(X) -> X + 1 end, Dbl = fun(X) -> X * 2 end, Sq = fun(X) -> X * X end,
    erlang:display((compose([Inc, Dbl, Sq]))(3)),
    erlang:display(pipe(3, [Inc, Dbl, Sq])),
    Add = curry(fun erlang:'+'/2),
    erlang:display((Add(3))(4)),
    erlang:display(lists:map(Add(100), [1, 2, 3])),
    erlang:display((power(Dbl, 10))(1)),
    erlang:display((power(Inc, 1000))(0)),
    erlang:display((power(Sq, 5))(3)),
    MapReduce = fun(M, R, Init, L) -> lists:foldl(R, Init, lists:map(M, L)) end,
    erlang:display(MapReduce(Sq, fun erlang:'+'/2, 0, lists:seq(1, 100))),
    erlang:display(MapReduce(fun erlang:atom_to_list/1, fun(S, Acc) -> Acc ++ S end, "", [ab, cd, ef])).
