-module(flt_short).
-export([main/1]).
%% float_to_list(F, [short]): the shortest string that reads back the same.
main(_) ->
    Vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 100.0, 1.0e15, 1.0e16, 1.0e21, 1.0e22,
            123456789012345680.0, 1.0e-4, 1.0e-5, 0.001, 5.0e-324, 1.7976931348623157e308,
            -123.456, 9007199254740993.0, 3.0e10, 4.35, 0.3],
    lists:foreach(fun(V) -> erlang:display(float_to_list(V, [short])) end, Vals),
    erlang:display([list_to_float(float_to_list(V, [short])) =:= V || V <- Vals]).
