-module(stat_system_info).
-export([main/1]).
%% erlang:system_info for schedulers, schedulers_online, process_count,
%% process_limit, logical_processors: only types and relations are
%% printed (the values depend on the machine).
id(X) -> X.
main(_) ->
    S = erlang:system_info(schedulers),
    SO = erlang:system_info(schedulers_online),
    erlang:display({schedulers, is_integer(S) andalso S >= 1}),
    erlang:display({online, is_integer(SO), SO >= 1, SO =< S}),
    PC = erlang:system_info(process_count),
    PL = erlang:system_info(process_limit),
    erlang:display({process_count, is_integer(PC), PC >= 1}),
    erlang:display({process_limit, is_integer(PL), PL > PC, PL >= 1024}),
    LP = erlang:system_info(logical_processors),
    erlang:display({logical_processors, LP =:= unknown orelse (is_integer(LP) andalso LP >= 1)}),
    erlang:display({bad_item, try erlang:system_info(id(no_such_info)) catch error:E -> E end}),
    erlang:display(done).
