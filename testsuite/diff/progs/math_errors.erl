-module(math_errors).
-export([main/1]).
%% math's failures, as erl raises them: badarg for what is not a number,
%% badarith for an integer beyond the double range and for a result that
%% is not finite; the top frame is math's with erl_stdlib_errors.
id(X) -> X.
t(F) ->
    try F() of V -> {value, V}
    catch C:R:St -> {C, R, hd(St)}
    end.
main(_) ->
    Big = id(1 bsl 1100),
    Cases = [fun() -> math:sin(id(a)) end,
             fun() -> math:cos(id("1.0")) end,
             fun() -> math:sqrt(id({1})) end,
             fun() -> math:exp(Big) end,
             fun() -> math:log(id(0)) end,
             fun() -> math:log(id(0.0)) end,
             fun() -> math:log(id(-1)) end,
             fun() -> math:log2(id(-0.5)) end,
             fun() -> math:log10(id(0)) end,
             fun() -> math:sqrt(id(-1)) end,
             fun() -> math:acos(id(2)) end,
             fun() -> math:asin(id(-1.5)) end,
             fun() -> math:acosh(id(0.5)) end,
             fun() -> math:atanh(id(1)) end,
             fun() -> math:atanh(id(-2)) end,
             fun() -> math:exp(id(1000)) end,
             fun() -> math:cosh(id(1000)) end,
             fun() -> math:sinh(id(-1000)) end,
             fun() -> math:pow(id(10), id(400)) end,
             fun() -> math:pow(id(-8), 1 / id(3)) end,
             fun() -> math:pow(id(0), id(-1)) end,
             fun() -> math:pow(id(a), id(b)) end,
             fun() -> math:pow(id(1), id(b)) end,
             fun() -> math:pow(Big, id(b)) end,
             fun() -> math:pow(id(a), Big) end,
             fun() -> math:fmod(id(1), id(0)) end,
             fun() -> math:fmod(id(1.0), id(0.0)) end,
             fun() -> math:atan2(id(a), id(0)) end,
             fun() -> math:atan2(id(0), id([])) end,
             fun() -> math:floor(id(self)) end],
    [erlang:display(t(F)) || F <- Cases],
    erlang:display(try math:log(id(0)) catch C:R -> {C, R} end),
    math:sqrt(id(-4)).
