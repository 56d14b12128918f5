-module(tmr_convert).
-export([main/1]).
%% erlang:convert_time_unit/3 between named units and integer units (parts
%% per second): exact results, flooring toward minus infinity for
%% negative values, bignums, old unit names, and badarg cases.
id(X) -> X.
c(T, F, To) -> erlang:convert_time_unit(T, F, To).
main(_) ->
    erlang:display([c(1, second, millisecond), c(1, second, microsecond),
                    c(1, second, nanosecond), c(1, millisecond, microsecond)]),
    erlang:display([c(1500, millisecond, second), c(1999, millisecond, second),
                    c(999, microsecond, millisecond), c(0, second, nanosecond)]),
    erlang:display([c(-1, millisecond, second), c(-1000, millisecond, second),
                    c(-1001, millisecond, second), c(-1, nanosecond, microsecond)]),
    erlang:display([c(7, 3, 1000), c(10, 1000, 3), c(-7, 3, 1000), c(1, 1, 7)]),
    erlang:display([c(5, 1000, millisecond), c(5, second, 1), c(123456, 1000000, microsecond)]),
    erlang:display(c(1 bsl 70, nanosecond, second)),
    erlang:display(c(1 bsl 70, second, nanosecond)),
    erlang:display([c(1, seconds, milli_seconds), c(1, milli_seconds, micro_seconds),
                    c(1, micro_seconds, nano_seconds)]),
    N = c(1, second, native),
    erlang:display({native_per_second_positive, is_integer(N) andalso N > 0}),
    erlang:display({native_roundtrip, c(c(3, second, native), native, second)}),
    erlang:display({perf_counter_roundtrip, c(c(3, second, perf_counter), perf_counter, second)}),
    Bad = [{1.0, second, millisecond}, {1, second, 0}, {1, minute, second},
           {1, second, -5}, {a, second, second}],
    erlang:display([try c(id(T), id(F), id(To)) catch error:E -> E end || {T, F, To} <- Bad]),
    erlang:display(done).
