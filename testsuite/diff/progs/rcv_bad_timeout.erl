-module(rcv_bad_timeout).
-export([main/1]).
%% Bad receive timeouts raise error:timeout_value: a negative integer, a
%% float, an atom other than infinity, a string, a value above 16#ffffffff
%% (16#ffffffff itself is valid). The value is only checked when no
%% message matches: with a matching message queued, a bad timeout is not an
%% error.
id(X) -> X.
t(T) ->
    try receive nomatch_ever -> got after id(T) -> timeout end
    catch error:E -> {error, E}
    end.
main(_) ->
    lists:foreach(fun(T) -> erlang:display({T, t(T)}) end,
                  [0, 1, -1, 1.0, 0.0, foo, "10", 16#100000000, 1 bsl 70, -(1 bsl 70)]),
    self() ! nomatch_ever,
    erlang:display({matched_before_check, t(-1)}),
    erlang:display(done).
