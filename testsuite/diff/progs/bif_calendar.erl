-module(bif_calendar).
-export([main/1]).
%% OTP's calendar module over the calendar BIFs: conversions between
%% local and universal time of fixed dates (as facts that hold in every
%% time zone), and its pure functions of dates.
secs(DT) -> calendar:datetime_to_gregorian_seconds(DT).
main(_) ->
    D = {{2024, 2, 29}, {12, 0, 0}},
    U = calendar:local_time_to_universal_time(D),
    erlang:display({back, calendar:universal_time_to_local_time(U) =:= D}),
    Dst = calendar:local_time_to_universal_time_dst(D),
    erlang:display({dst, length(Dst), lists:member(U, Dst)}),
    erlang:display({offset_hours, abs(secs(D) - secs(U)) =< 14 * 3600}),
    erlang:display(calendar:day_of_the_week(2024, 2, 29)),
    erlang:display(calendar:is_leap_year(2100)),
    erlang:display(calendar:last_day_of_the_month(2023, 2)),
    erlang:display(calendar:gregorian_days_to_date(739000)),
    erlang:display(calendar:seconds_to_daystime(100000)),
    erlang:display(calendar:iso_week_number({2024, 12, 30})),
    erlang:display(calendar:valid_date({2023, 2, 29})),
    Now = calendar:local_time(),
    erlang:display({local_time_valid, calendar:valid_date(element(1, Now))}),
    erlang:display({round_trip_now,
                    calendar:universal_time_to_local_time(
                      calendar:local_time_to_universal_time(Now)) =:= Now
                    orelse daylight_saving_change}).
