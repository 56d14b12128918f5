-module(flt_to_list).
-export([main/1]).
%% float_to_list/1 (the 20-digit scientific format) over many magnitudes.
main(_) ->
    Vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 3.14159, 100.0, 1.0e10, 1.0e100, 1.0e-100,
            1.7976931348623157e308, 2.2250738585072014e-308, 5.0e-324, 123456789.0, 0.3, 2.0 / 3],
    lists:foreach(fun(V) -> erlang:display(float_to_list(V)) end, Vals),
    erlang:display([list_to_float(float_to_list(V)) =:= V || V <- Vals]).
