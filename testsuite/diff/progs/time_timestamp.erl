-module(time_timestamp).
-export([main/1]).
%% erlang:timestamp/0 and os:timestamp/0: {MegaSecs, Secs, MicroSecs},
%% the system time (erlang's, the OS's) in microseconds split in three;
%% erlang:timestamp never goes back.
id(X) -> X.
micros({Mega, S, Us}) -> (Mega * 1000000 + S) * 1000000 + Us.
shape({Mega, S, Us}) ->
    is_integer(Mega) andalso is_integer(S) andalso is_integer(Us) andalso
        Mega >= 1577 andalso Mega < 4102 andalso
        S >= 0 andalso S < 1000000 andalso Us >= 0 andalso Us < 1000000;
shape(_) -> false.
bracketed(Stamp, Micros) ->
    A = Micros(),
    T = Stamp(),
    B = Micros(),
    shape(T) andalso A =< micros(T) andalso micros(T) =< B.
never_back(0, _) -> true;
never_back(N, Prev) ->
    T = erlang:timestamp(),
    T >= Prev andalso never_back(N - 1, T).
main(_) ->
    T = erlang:timestamp(),
    erlang:display({tuple_size(T), shape(T), shape(os:timestamp())}),
    ErlUs = fun() -> erlang:system_time(microsecond) end,
    OsUs = fun() -> os:system_time(microsecond) end,
    erlang:display(lists:usort([bracketed(fun erlang:timestamp/0, ErlUs) || _ <- lists:seq(1, id(1000))])),
    erlang:display(lists:usort([bracketed(fun() -> os:timestamp() end, OsUs) || _ <- lists:seq(1, id(1000))])),
    erlang:display(never_back(id(20000), erlang:timestamp())),
    %% the two clocks agree within a second here
    erlang:display(abs(micros(os:timestamp()) - micros(erlang:timestamp())) < 1000000),
    erlang:display(shape(apply(erlang, timestamp, [])) andalso shape(apply(os, timestamp, []))).
