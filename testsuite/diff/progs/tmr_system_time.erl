-module(tmr_system_time).
-export([main/1]).
%% erlang:system_time/0,1, erlang:timestamp/0, os:timestamp/0 and
%% time_offset/0,1: types and shapes, agreement between them (within a
%% second), a plausible date (after 2020), and
%% system_time = monotonic_time + time_offset.
main(_) ->
    S = erlang:system_time(second),
    erlang:display({after_2020, is_integer(S) andalso S > 1577836800}),
    erlang:display({units_agree, abs(erlang:system_time(millisecond) div 1000 - S) =< 1}),
    erlang:display({native_agrees,
                    abs(erlang:convert_time_unit(erlang:system_time(), native, second) - S) =< 1}),
    {Mega, Sec, Micro} = erlang:timestamp(),
    erlang:display({timestamp_shape, is_integer(Mega), Sec >= 0 andalso Sec < 1000000,
                    Micro >= 0 andalso Micro < 1000000}),
    erlang:display({timestamp_agrees, abs(Mega * 1000000 + Sec - S) =< 1}),
    {OMega, OSec, OMicro} = os:timestamp(),
    erlang:display({os_timestamp_shape, is_integer(OMega), OSec < 1000000, OMicro < 1000000}),
    erlang:display({os_timestamp_agrees, abs(OMega * 1000000 + OSec - S) =< 2}),
    Off = erlang:time_offset(),
    erlang:display({offset_int, is_integer(Off), is_integer(erlang:time_offset(millisecond))}),
    Mono = erlang:monotonic_time(millisecond),
    OffMs = erlang:time_offset(millisecond),
    Sys = erlang:system_time(millisecond),
    erlang:display({sum_rule, abs(Mono + OffMs - Sys) < 1000}),
    erlang:display({offset_units, abs(erlang:time_offset(second) - OffMs div 1000) =< 1}),
    erlang:display(done).
