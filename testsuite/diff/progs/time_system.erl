-module(time_system).
-export([main/1]).
%% erlang:system_time/0,1, erlang:time_offset/0,1 and os:system_time/0,1:
%% the offset does not change, system time is monotonic time plus the
%% offset exactly in native units, every unit is the native value rounded
%% down, and os:system_time is within a second of erlang:system_time.
%% (os's functions are called from closures: a literal fun os:F/A would
%% make beamc link all of os's module and what it calls.)
id(X) -> X.
units() ->
    [native, perf_counter, nanosecond, microsecond, millisecond, second,
     nano_seconds, micro_seconds, milli_seconds, seconds,
     1, 3, 7, 1000, 1000000007, 1 bsl 40, 1 bsl 64, 10000000000000000000000].
bracketed(Native, F, U) ->
    A = Native(),
    X = F(U),
    B = Native(),
    is_integer(X) andalso
        erlang:convert_time_unit(A, native, U) =< X andalso X =< erlang:convert_time_unit(B, native, U).
main(_) ->
    Off = erlang:time_offset(),
    erlang:display({is_integer(Off), Off > 0}),
    erlang:display(lists:usort([erlang:time_offset() || _ <- lists:seq(1, id(1000))]) =:= [Off]),
    %% exact in native units: monotonic + offset, read before and after
    Checks = [begin
                  A = erlang:monotonic_time(),
                  S = erlang:system_time(),
                  B = erlang:monotonic_time(),
                  A + Off =< S andalso S =< B + Off
              end || _ <- lists:seq(1, id(2000))],
    erlang:display(lists:usort(Checks)),
    erlang:display([{U, erlang:time_offset(U) =:= erlang:convert_time_unit(Off, native, U)}
                    || U <- id(units())]),
    erlang:display([{U, bracketed(fun erlang:system_time/0, fun erlang:system_time/1, U)}
                    || U <- id(units())]),
    erlang:display([{U, bracketed(fun() -> os:system_time() end, fun(V) -> os:system_time(V) end, U)}
                    || U <- id(units())]),
    %% after 2020-01-01 and before 2100
    Sec = erlang:system_time(second),
    erlang:display({Sec > 1577836800, Sec < 4102444800}),
    Diff = os:system_time(millisecond) - erlang:system_time(millisecond),
    erlang:display(abs(Diff) < 1000),
    OsNs = os:system_time(),
    erlang:display({is_integer(OsNs), OsNs > 1577836800 * 1000000000}).
