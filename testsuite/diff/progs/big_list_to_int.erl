-module(big_list_to_int).
-export([main/1]).
%% list_to_integer/1,2 including signs, leading zeros, huge inputs,
%% lowercase digits, and the badarg cases.
try_l2i(S) -> try list_to_integer(S) catch error:R -> {error, R} end.
try_l2i(S, B) -> try list_to_integer(S, B) catch error:R -> {error, R} end.
main(_) ->
    erlang:display([try_l2i(S) || S <- ["0", "-0", "+17", "-17", "007", "123456789012345678901234567890",
                                         "", "-", "+", "1.0", "12a", " 1", "1 ", "--1"]]),
    erlang:display([try_l2i(S, B) || {S, B} <- [{"ff", 16}, {"FF", 16}, {"-ff", 16}, {"zz", 36}, {"ZZ", 36},
                                                 {"101010", 2}, {"777", 8}, {"19", 8}, {"g", 16},
                                                 {"10", 37}, {"10", 1}, {"10", 0}]]),
    erlang:display(try_l2i(lists:duplicate(300, $9))),
    erlang:display(try_l2i([$- | lists:duplicate(100, $1)], 2)),
    erlang:display(try_l2i("1" ++ lists:duplicate(64, $0), 2)),
    erlang:display(try_l2i("zzzzzzzzzzzzzzzzzzzz", 36)).
