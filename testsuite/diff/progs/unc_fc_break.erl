-module(unc_fc_break).
-export([main/1]).
%% An uncaught function_clause whose arguments fit on the first line only
%% when broken over several lines (a long tagged tuple): the first line
%% holds the start of the call.
main(_) ->
    g({config, [{name, "server"}, {port, 8080}, {ratio, 0.75}], [{limits, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]}]}).

g(none) -> none.
