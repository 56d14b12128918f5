-module(flt_errors).
-export([main/1]).
%% Float operations that fail: overflow to infinity is badarith in
%% Erlang, division by zero (int and float), bad operand types.
id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    erlang:display(t(fun() -> id(1.0e308) * 10 end)),
    erlang:display(t(fun() -> id(1.0e308) + id(1.0e308) end)),
    erlang:display(t(fun() -> -id(1.0e308) * 10 end)),
    erlang:display(t(fun() -> id(1.0) / id(0) end)),
    erlang:display(t(fun() -> id(1.0) / id(0.0) end)),
    erlang:display(t(fun() -> id(0.0) / id(0.0) end)),
    erlang:display(t(fun() -> id(1) / id(0) end)),
    erlang:display(t(fun() -> id(1) div id(0) end)),
    erlang:display(t(fun() -> id(1) rem id(0) end)),
    erlang:display(t(fun() -> id(1.0) div id(1) end)),
    erlang:display(t(fun() -> id(5.0) rem id(2) end)),
    erlang:display(t(fun() -> id(1.5) band id(1) end)),
    erlang:display(t(fun() -> id(1.5) bsl id(1) end)),
    erlang:display(t(fun() -> id(a) + 1.0 end)),
    erlang:display(t(fun() -> float(id(a)) end)),
    erlang:display(t(fun() -> trunc(id("1.0")) end)),
    erlang:display(t(fun() -> round(id(a)) end)),
    erlang:display(t(fun() -> id(1.0e-320) / id(1.0e300) end)).
