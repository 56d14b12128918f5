-module(time_convert).
-export([main/1]).
%% erlang:convert_time_unit/3 from and to every kind of unit (named,
%% deprecated plural, small and bignum integers) over values around the
%% units' boundaries, negative values and bignums.  erl rounds every
%% conversion down, towards minus infinity, negative values included.
id(X) -> X.
units() ->
    [native, perf_counter, nanosecond, microsecond, millisecond, second,
     nano_seconds, micro_seconds, milli_seconds, seconds,
     1, 2, 3, 7, 60, 1000, 1024, 86400, 999999937,
     1 bsl 27, 1 bsl 59, 1 bsl 60, 1 bsl 64, 10000000000000000000000].
values() ->
    [0, 1, -1, 7, -7, 59, -61, 999, -999, 1000, -1000, 1001, -1001,
     999999999, -999999999, 1000000000, -1000000000, 1000000001, -1000000001,
     134217727, -134217728, 576460751785689939, -576460751785689939,
     (1 bsl 59) - 1, -(1 bsl 59), 1 bsl 63, -(1 bsl 63) - 1,
     18446744073709551617, -18446744073709551617,
     123456789012345678901234567890, -123456789012345678901234567890].
main(_) ->
    Us = id(units()),
    [erlang:display({F, V, [erlang:convert_time_unit(V, F, T) || T <- Us]})
     || F <- Us, V <- id(values())],
    %% a round trip through a finer unit gives the value back; through a
    %% coarser one, the value rounded down to that unit
    erlang:display([erlang:convert_time_unit(erlang:convert_time_unit(V, second, native), native, second) =:= V
                    || V <- id(values())]),
    erlang:display([erlang:convert_time_unit(erlang:convert_time_unit(V, native, second), second, native)
                    || V <- id([-1, 1, -1000000001, 1999999999])]),
    %% a unit of one part per second and one of 10^9 parts are second and native
    erlang:display([erlang:convert_time_unit(V, 1, 1000000000) =:= erlang:convert_time_unit(V, second, native)
                    || V <- id(values())]),
    erlang:display(erlang:convert_time_unit(id(1 bsl 200), id(3), id(1 bsl 100))),
    erlang:display(erlang:convert_time_unit(id(-(1 bsl 200)), id(1 bsl 100), id(3))).
