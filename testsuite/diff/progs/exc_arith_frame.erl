-module(exc_arith_frame).
-export([main/1]).
%% Which arithmetic failures put a frame for the erlang BIF on top of the
%% stack trace: erl raises Reg + SmallInt and Reg - SmallInt (>= 0) from
%% the caller, every other form from the BIF.  Regression test.
id(X) -> X.
t(G) -> B = id(a), try G(B) catch error:R:St -> {R, element(2, hd(St))} end.
main(_) ->
    I = id(1), Z = id(0), F = id(1.5),
    L = [fun(X) -> X - 0 end, fun(X) -> X - -1 end, fun(X) -> X + -576460752303423488 end,
         fun(X) -> X - -576460752303423488 end, fun(X) -> X - 576460752303423487 end,
         fun(X) -> X + 576460752303423487 end, fun(X) -> X - 576460752303423488 end,
         fun(X) -> 5 - X end, fun(X) -> -5 + X end, fun(X) -> 5 + X end, fun(X) -> X + 0 end,
         fun(X) -> X - 2 end, fun(X) -> X * 2 end, fun(X) -> X band 1 end,
         fun(X) -> X + 576460752303423488 end, fun(X) -> X + -576460752303423489 end,
         fun(X) -> X - -576460752303423487 end, fun(X) -> X + I end, fun(X) -> I - X end,
         fun(X) -> X + 1.0 end, fun(X) -> F * X end, fun(_) -> I / Z end, fun(_) -> I div Z end,
         fun(X) -> -X end, fun(X) -> bnot X end, fun(X) -> X bsl 1 end],
    erlang:display([t(G) || G <- L]).
