-module(tmr_monotonic).
-export([main/1]).
%% erlang:monotonic_time/0,1: integers that never decrease (also across
%% processes, read in a causal order); a 50 ms sleep advances the
%% millisecond clock by at least 50; units second..nanosecond and native
%% are consistent with each other; bad units are badarg.
id(X) -> X.
main(_) ->
    Ts = [erlang:monotonic_time() || _ <- lists:seq(1, 1000)],
    erlang:display({ints, lists:all(fun is_integer/1, Ts)}),
    erlang:display({non_decreasing, Ts =:= lists:sort(Ts)}),
    M0 = erlang:monotonic_time(millisecond),
    receive after 50 -> ok end,
    M1 = erlang:monotonic_time(millisecond),
    erlang:display({slept_50, M1 - M0 >= 50, M1 - M0 < 2000}),
    Me = self(),
    A = erlang:monotonic_time(),
    _ = spawn(fun() -> Me ! {t, erlang:monotonic_time()} end),
    B = receive {t, X} -> X end,
    C = erlang:monotonic_time(),
    erlang:display({causal, A =< B andalso B =< C}),
    S = erlang:monotonic_time(second),
    Ms = erlang:monotonic_time(millisecond),
    Us = erlang:monotonic_time(microsecond),
    Ns = erlang:monotonic_time(nanosecond),
    erlang:display({units_int, lists:all(fun is_integer/1, [S, Ms, Us, Ns])}),
    %% Read in that order, each coarser reading is at most one unit behind
    %% the next finer one (floored; monotonic time may be negative).
    erlang:display({units_consistent, step(S, fdiv(Ms, 1000)), fdiv(Us, 1000) >= Ms,
                    fdiv(Ns, 1000) >= Us}),
    erlang:display({units_close, fdiv(Us, 1000) - Ms < 1000, fdiv(Ns, 1000) - Us < 1000000}),
    N = erlang:monotonic_time(native),
    erlang:display({native_same_scale,
                    abs(erlang:convert_time_unit(N, native, millisecond) - Ms) < 1000}),
    erlang:display({old_unit_names, is_integer(erlang:monotonic_time(milli_seconds))}),
    erlang:display({bad_unit, try erlang:monotonic_time(id(minute)) catch error:E -> E end}),
    erlang:display({bad_unit_zero, try erlang:monotonic_time(id(0)) catch error:E2 -> E2 end}),
    erlang:display(done).
fdiv(A, B) when A >= 0 -> A div B;
fdiv(A, B) -> -((-A + B - 1) div B).
step(Coarse, Fine) -> Fine - Coarse =:= 0 orelse Fine - Coarse =:= 1.
