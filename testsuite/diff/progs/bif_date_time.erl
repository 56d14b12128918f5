-module(bif_date_time).
-export([main/1]).
%% erlang:date/0, time/0, localtime/0, universaltime/0: valid dates and
%% times, consistent with each other (local and universal time convert
%% into each other within a few seconds); calendar's functions on them.
%% The values change from run to run and are not printed.
valid({{Y, Mo, D}, {H, Mi, S}}) ->
    calendar:valid_date(Y, Mo, D) andalso H >= 0 andalso H < 24 andalso
        Mi >= 0 andalso Mi < 60 andalso S >= 0 andalso S < 60 andalso Y >= 2024.
secs(DT) -> calendar:datetime_to_gregorian_seconds(DT).
close(A, B) -> abs(secs(A) - secs(B)) =< 5.
main(_) ->
    {Y, Mo, D} = erlang:date(),
    {H, Mi, S} = erlang:time(),
    erlang:display({date_and_time, valid({{Y, Mo, D}, {H, Mi, S}})}),
    L = erlang:localtime(),
    U = erlang:universaltime(),
    erlang:display({localtime, valid(L)}),
    erlang:display({universaltime, valid(U)}),
    erlang:display({local_is_now, close(L, {{Y, Mo, D}, {H, Mi, S}})}),
    erlang:display({to_universal, close(erlang:localtime_to_universaltime(L), U)}),
    erlang:display({to_local, close(erlang:universaltime_to_localtime(U), L)}),
    Offset = secs(L) - secs(U),
    erlang:display({offset_in_quarter_hours, (Offset + 1) rem 900 =< 2,
                    abs(Offset) =< 14 * 3600 + 2}),
    erlang:display({calendar_local, valid(calendar:local_time())}),
    erlang:display({calendar_universal, close(calendar:universal_time(), U)}),
    Now = os:timestamp(),
    erlang:display({now_to_universal, close(calendar:now_to_universal_time(Now), U)}),
    erlang:display({system_time, close(calendar:system_time_to_universal_time(
                                          erlang:system_time(second), second), U)}).
