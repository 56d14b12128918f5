-module(stat_times).
-export([main/1]).
%% statistics(runtime) and statistics(wall_clock): pairs {Total,
%% SinceLast} of non-negative integer milliseconds; a 100 ms sleep moves
%% wall_clock by at least 100 (and the since-last value too), while a
%% sleep uses little runtime.
main(_) ->
    {R1, RS1} = statistics(runtime),
    erlang:display({runtime_shape, is_integer(R1), is_integer(RS1), R1 >= 0, RS1 >= 0}),
    {W1, WS1} = statistics(wall_clock),
    erlang:display({wall_shape, is_integer(W1), is_integer(WS1), W1 >= 0, WS1 >= 0}),
    receive after 100 -> ok end,
    {W2, WS2} = statistics(wall_clock),
    erlang:display({wall_advanced, W2 - W1 >= 100, WS2 >= 100, W2 - W1 < 5000}),
    {R2, _} = statistics(runtime),
    erlang:display({runtime_monotone, R2 >= R1}),
    {W3, WS3} = statistics(wall_clock),
    erlang:display({since_last_small, WS3 < 1000, W3 >= W2}),
    erlang:display(done).
