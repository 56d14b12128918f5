-module(time_monotonic).
-export([main/1]).
%% erlang:monotonic_time/0,1: integers, negative (erl's monotonic time
%% starts near -576460752 s), never going back, and in every unit the
%% native time rounded down (bracketed by native readings before and
%% after).
id(X) -> X.
units() ->
    [native, perf_counter, nanosecond, microsecond, millisecond, second,
     nano_seconds, micro_seconds, milli_seconds, seconds,
     1, 3, 7, 1000, 1000000007, 1 bsl 40, 1 bsl 64, 10000000000000000000000].
never_back(0, _) -> true;
never_back(N, Prev) ->
    T = erlang:monotonic_time(),
    T >= Prev andalso never_back(N - 1, T).
spin(End) ->
    case erlang:monotonic_time() < End of
        true -> spin(End);
        false -> ok
    end.
bracketed(U) ->
    A = erlang:monotonic_time(),
    X = erlang:monotonic_time(U),
    B = erlang:monotonic_time(),
    {U, is_integer(X),
     erlang:convert_time_unit(A, native, U) =< X andalso X =< erlang:convert_time_unit(B, native, U)}.
main(_) ->
    T = erlang:monotonic_time(),
    erlang:display({is_integer(T), T < 0}),
    S = erlang:monotonic_time(second),
    erlang:display({S >= -576460752, S < -576460752 + 86400}),
    erlang:display(never_back(id(20000), erlang:monotonic_time())),
    [erlang:display(bracketed(U)) || U <- id(units())],
    %% 20 ms of spinning are 20 ms of monotonic time in every unit
    M0 = erlang:monotonic_time(millisecond),
    U0 = erlang:monotonic_time(microsecond),
    spin(erlang:monotonic_time() + erlang:convert_time_unit(20, millisecond, native)),
    M1 = erlang:monotonic_time(millisecond),
    U1 = erlang:monotonic_time(microsecond),
    erlang:display({M1 - M0 >= 20, M1 - M0 < 20000, U1 - U0 >= 20000}),
    %% the native unit is the nanosecond, as perf_counter
    erlang:display([erlang:convert_time_unit(1, second, U) || U <- id([native, perf_counter])]).
