-module(time_apply).
-export([main/1]).
%% The time BIFs called through apply/3, funs of erlang:F/A and os:F/A,
%% and lists:map: the same values as direct calls (types and exact
%% conversions only).
id(X) -> X.
main(_) ->
    Conv = fun erlang:convert_time_unit/3,
    Args = [[V, F, T] || V <- id([-1000000001, -1, 0, 1, 999999999, 1 bsl 62]),
                         F <- id([native, millisecond, 3]),
                         T <- id([second, microsecond, 1 bsl 70])],
    erlang:display([apply(erlang, convert_time_unit, A) || A <- Args]),
    erlang:display([apply(Conv, A) =:= apply(erlang, convert_time_unit, A) || A <- Args]),
    Zero = [{erlang, monotonic_time}, {erlang, system_time}, {erlang, time_offset},
            {os, system_time}],
    erlang:display([{M, F, is_integer(apply(M, F, []))} || {M, F} <- id(Zero)]),
    erlang:display([{M, F, is_integer(apply(M, F, [id(millisecond)]))} || {M, F} <- id(Zero)]),
    erlang:display([{M, F, is_integer((fun M:F/1)(id(1 bsl 70)))} || {M, F} <- id(Zero)]),
    erlang:display(lists:map(fun erlang:time_offset/1, id([native, nanosecond]))
                   =:= [erlang:time_offset(), erlang:time_offset()]),
    Stats = [apply(erlang, statistics, [K]) || K <- id([wall_clock, runtime])],
    erlang:display([is_tuple(S) andalso tuple_size(S) =:= 2 || S <- Stats]),
    erlang:display([tuple_size(apply(M, timestamp, [])) || M <- id([erlang, os])]).
