-module(time_statistics).
-export([main/1]).
%% statistics(wall_clock) and statistics(runtime): {Total, SinceLastCall}
%% in milliseconds, SinceLastCall the difference with the previous call's
%% Total; wall_clock grows by the time a busy loop takes, runtime grows
%% while the program works; unknown keys are badarg.
id(X) -> X.
spin(End) ->
    case erlang:monotonic_time() < End of
        true -> spin(End);
        false -> ok
    end.
pair({T, D}) -> is_integer(T) andalso is_integer(D) andalso T >= 0 andalso D >= 0 andalso D =< T;
pair(_) -> false.
%% Calls statistics(Key) N times; true if each SinceLastCall is the
%% difference of the Totals.
chain(_, _, 0) -> true;
chain(Key, Prev, N) ->
    {T, D} = statistics(Key),
    D =:= T - Prev andalso chain(Key, T, N - 1).
%% Works until statistics(runtime) has grown by Ms (at most 10 s).
work(Start, Ms, Deadline) ->
    {T, _} = statistics(runtime),
    case T - Start >= Ms orelse erlang:monotonic_time() > Deadline of
        true -> T - Start >= Ms;
        false -> work(Start, Ms, Deadline)
    end.
show(F) ->
    try F() catch C:R:St -> {C, R, hd(St)} end.
main(_) ->
    W0 = statistics(wall_clock),
    R0 = statistics(runtime),
    erlang:display({pair(W0), pair(R0)}),
    {Wt0, _} = W0,
    spin(erlang:monotonic_time() + erlang:convert_time_unit(50, millisecond, native)),
    {Wt1, Wd1} = statistics(wall_clock),
    erlang:display({Wd1 =:= Wt1 - Wt0, Wd1 >= 50, Wd1 < 50000}),
    erlang:display(chain(wall_clock, Wt1, id(5000))),
    {Rt0, _} = statistics(runtime),
    erlang:display(work(Rt0, 20, erlang:monotonic_time() + erlang:convert_time_unit(10, second, native))),
    {Rt1, _} = statistics(runtime),
    erlang:display(chain(runtime, Rt1, id(5000))),
    [erlang:display(show(fun() -> statistics(K) end))
     || K <- id([foo, 1, "runtime", {wall_clock}, 'WALL_CLOCK', []])].
