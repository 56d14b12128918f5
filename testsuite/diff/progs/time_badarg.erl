-module(time_badarg).
-export([main/1]).
%% Bad arguments of the time BIFs: badarg, with the BIF's own frame on
%% top of the stack trace (erl_kernel_errors for os's BIFs, the others
%% erl_erts_errors), also through apply/3 and funs; results too large
%% for an integer are badarg too.
id(X) -> X.
show(F) ->
    try F() of
        V -> {value, V}
    catch
        C:R:St -> {C, R, hd(St)}
    end.
%% For huge values: no value, no stack trace (erl's monotonic_time,
%% system_time and time_offset hand a bignum unit over to
%% convert_time_unit/3, whose frame is then on top; beamc's raise in
%% their own name).
short(F) ->
    try F() of
        V -> {value, is_integer(V)}
    catch
        C:R -> {C, R}
    end.
bad_units() ->
    [foo, 0, -1, -(1 bsl 70), 1.0, 1000.0, "second", {second}, [], nanoseconds,
     'Second', millisecond_, make_ref].
main(_) ->
    Bad = id(bad_units()),
    [erlang:display(show(fun() -> erlang:monotonic_time(U) end)) || U <- Bad],
    [erlang:display(show(fun() -> erlang:system_time(U) end)) || U <- Bad],
    [erlang:display(show(fun() -> erlang:time_offset(U) end)) || U <- Bad],
    [erlang:display(show(fun() -> os:system_time(U) end)) || U <- Bad],
    [erlang:display(show(fun() -> erlang:convert_time_unit(1, U, second) end)) || U <- Bad],
    [erlang:display(show(fun() -> erlang:convert_time_unit(-1, native, U) end)) || U <- Bad],
    [erlang:display(show(fun() -> erlang:convert_time_unit(T, second, native) end))
     || T <- id([1.0, -0.5, a, "1", {1}, [1], <<1>>])],
    [erlang:display(show(fun() -> apply(erlang, F, [id(bad)]) end))
     || F <- id([monotonic_time, system_time, time_offset, statistics])],
    erlang:display(show(fun() -> apply(os, system_time, [id(0)]) end)),
    erlang:display(show(fun() -> apply(erlang, convert_time_unit, [1, id(x), second]) end)),
    Conv = fun erlang:convert_time_unit/3,
    erlang:display(show(fun() -> Conv(1, second, id(-5)) end)),
    erlang:display(show(fun() -> Conv(5, second, id(7)) end)),
    OsTime = erlang:make_fun(id(os), system_time, 1),
    erlang:display(show(fun() -> OsTime(id(undefined)) end)),
    %% beyond erl's integer limit: badarg, not system_limit
    Huge = id(1 bsl 33554360),
    erlang:display(short(fun() -> erlang:convert_time_unit(Huge, 1, 1 bsl 1000) end)),
    erlang:display(short(fun() -> erlang:convert_time_unit(Huge, 1, 1) end)),
    erlang:display(short(fun() -> erlang:convert_time_unit(id(1 bsl 100000), 1 bsl 1000, 3) end)),
    erlang:display(short(fun() -> erlang:monotonic_time(Huge) end)),
    erlang:display(short(fun() -> erlang:system_time(Huge) end)),
    erlang:display(short(fun() -> erlang:monotonic_time(id(1 bsl 33554300)) end)),
    erlang:display(short(fun() -> os:system_time(Huge) end)).
