%% Timers of large times (bignums on a 32-bit target, where the failure
%% was): erl takes a relative time up to what its clock holds (2^40 ms
%% yes, 2^59 no), a receive timeout up to 2^32-1, an absolute time from
%% the program's start, and answers what is left as an integer.
-module(tmr_big).
-export([main/1]).

main(_) ->
    Max = 4294967295,
    R = erlang:send_after(Max, self(), far),
    Left = erlang:read_timer(R),
    erlang:display({read, is_integer(Left) andalso Left > Max - 60000 andalso Left =< Max}),
    C = erlang:cancel_timer(R),
    erlang:display({cancel, is_integer(C) andalso C > Max - 60000}),
    erlang:display({again, erlang:cancel_timer(R)}),
    lists:foreach(fun try_relative/1,
                  [Max + 1, 1 bsl 40, 1 bsl 59, 1 bsl 64, -1, -(1 bsl 40), 1.0e3]),
    Now = erlang:monotonic_time(millisecond),
    A = erlang:start_timer(Now + 100000000, self(), abs, [{abs, true}]),
    AL = erlang:read_timer(A),
    erlang:display({abs, AL > 99000000 andalso AL =< 100000000}),
    erlang:cancel_timer(A),
    lists:foreach(fun(T) -> try_absolute(Now, T) end,
                  [-(1 bsl 40), 1 bsl 40, 1 bsl 59, 1 bsl 64]),
    lists:foreach(fun try_receive/1, [Max + 1, 1 bsl 40, -1, 1 bsl 64]),
    receive never -> ok after 0 -> erlang:display(zero) end,
    Self = self(),
    P = spawn(fun() -> Self ! waiting, receive never -> ok after Max -> ok end end),
    receive waiting -> ok end,
    erlang:display({waiting, element(2, process_info(P, status))}),
    exit(P, kill).

try_relative(T) ->
    case catch erlang:start_timer(T, self(), rel) of
        R when is_reference(R) ->
            L = erlang:cancel_timer(R),
            erlang:display({relative, T, left, L > T - 60000 andalso L =< T});
        {'EXIT', {E, _}} ->
            erlang:display({relative, T, E})
    end.

try_absolute(Now, D) ->
    case catch erlang:send_after(Now + D, self(), x, [{abs, true}]) of
        R when is_reference(R) ->
            L = erlang:cancel_timer(R),
            erlang:display({absolute, D, left, L > D - 60000 andalso L =< D});
        {'EXIT', {E, _}} ->
            erlang:display({absolute, D, E})
    end.

try_receive(T) ->
    try receive never -> ok after T -> late end
    catch error:E -> erlang:display({'receive', T, E})
    end.
