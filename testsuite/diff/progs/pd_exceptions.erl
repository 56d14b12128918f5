-module(pd_exceptions).
-export([main/1]).
%% Process dictionary updates survive exceptions (no rollback), and the
%% dictionary can record a trace of what ran.
log(X) -> put(log, [X | case get(log) of undefined -> []; L -> L end]).
work(N) ->
    log({start, N}),
    if N rem 3 =:= 0 -> throw({multiple_of_three, N}); true -> ok end,
    log({done, N}),
    N.
main(_) ->
    Results = [try work(N) catch throw:T -> T end || N <- lists:seq(1, 7)],
    erlang:display(Results),
    erlang:display(lists:reverse(get(log))),
    put(x, 1),
    try put(x, 2), error(boom) catch error:boom -> ok end,
    erlang:display(get(x)),
    try put(y, before) after put(y, 'after') end,
    erlang:display(get(y)).
