-module(bif_local_utc).
-export([main/1]).
%% erlang:localtime_to_universaltime/1,2 and universaltime_to_localtime/1
%% on fixed dates: converting one way and back gives the date again
%% (noon, away from any daylight saving change), the IsDst flag moves the
%% result by an hour exactly, and invalid dates and times are badarg.
%% The offsets themselves depend on the machine's time zone: only facts
%% that hold in every zone are printed.
id(X) -> X.
secs(DT) -> calendar:datetime_to_gregorian_seconds(DT).
t(F) ->
    try F() of V -> {value, V}
    catch C:R:St -> {C, R, hd(St)}
    end.
main(_) ->
    Dates = [{{2024, 2, 29}, {12, 0, 0}}, {{2000, 1, 1}, {12, 30, 15}},
             {{1970, 1, 1}, {12, 0, 0}}, {{1969, 7, 20}, {12, 56, 0}},
             {{1902, 6, 1}, {12, 0, 0}}, {{2037, 12, 31}, {12, 0, 59}},
             {{2030, 3, 1}, {12, 0, 0}}, {{2037, 6, 15}, {12, 0, 0}}],
    [erlang:display({D, erlang:universaltime_to_localtime(
                          erlang:localtime_to_universaltime(id(D))) =:= D,
                     erlang:localtime_to_universaltime(
                          erlang:universaltime_to_localtime(id(D))) =:= D})
     || D <- Dates],
    [erlang:display({D, secs(erlang:localtime_to_universaltime(id(D), false)) -
                        secs(erlang:localtime_to_universaltime(id(D), true))})
     || D <- Dates],
    [erlang:display({undefined, erlang:localtime_to_universaltime(id(D), undefined) =:=
                                    erlang:localtime_to_universaltime(id(D))})
     || D <- Dates],
    Bad = [{{2023, 2, 29}, {12, 0, 0}}, {{2100, 2, 29}, {0, 0, 0}}, {{2024, 13, 1}, {0, 0, 0}},
           {{2024, 0, 1}, {0, 0, 0}}, {{2024, 1, 0}, {0, 0, 0}}, {{2024, 4, 31}, {0, 0, 0}},
           {{2024, 1, 1}, {24, 0, 0}}, {{2024, 1, 1}, {23, 60, 0}}, {{2024, 1, 1}, {23, 59, 60}},
           {{2024, 1, 1}, {-1, 0, 0}}, {{1901, 12, 31}, {0, 0, 0}}, {{1, 1, 1}, {0, 0, 0}},
           {{2147483647, 1, 1}, {0, 0, 0}}, {{1 bsl 70, 1, 1}, {0, 0, 0}},
           {{2024, 1, 1.0}, {0, 0, 0}}, {{2024, 1, 1}, {0, 0}}, {{2024, 1, 1}, {0, 0, 0}, x},
           {2024, 1, 1}, foo, [{2024, 1, 1}, {0, 0, 0}]],
    [erlang:display({B, t(fun() -> erlang:localtime_to_universaltime(id(B)) end),
                     t(fun() -> erlang:universaltime_to_localtime(id(B)) end)}) || B <- Bad],
    erlang:display(t(fun() -> erlang:localtime_to_universaltime(id({{2024, 6, 1}, {12, 0, 0}}), id(maybe)) end)),
    erlang:display(t(fun() -> erlang:localtime_to_universaltime(id({{2024, 2, 30}, {12, 0, 0}}), id(true)) end)).
