-module(exc_badarith).
-export([main/1]).
%% badarith from every arithmetic operator with bad operands, and the top
%% stack frame for operators that are calls to erlang BIFs.
id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    A = id(a), Z = id(0),
    erlang:display([t(F) || F <- [fun() -> A + 1 end, fun() -> 1 - A end, fun() -> A * 2 end,
                                  fun() -> 1 / Z end, fun() -> 1 div Z end, fun() -> 1 rem Z end,
                                  fun() -> A band 1 end, fun() -> 1 bor A end, fun() -> A bxor 1 end,
                                  fun() -> bnot A end, fun() -> A bsl 1 end, fun() -> 1 bsr A end,
                                  fun() -> -A end, fun() -> id(1.5) div 1 end, fun() -> 1 rem id(1.5) end,
                                  fun() -> id([1]) + 1 end, fun() -> id({}) * 1 end]]),
    try A + 1 catch error:badarith:St -> erlang:display(hd(St)) end,
    try 10 div Z catch error:badarith:St2 -> {M, F, Args, _} = hd(St2), erlang:display({M, F, Args}) end.
