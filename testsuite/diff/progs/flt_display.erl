-module(flt_display).
-export([main/1]).
%% How erlang:display prints floats: six digits after the point, exponent
%% always shown, rounding of the last digit, in tuples and lists too.
main(_) ->
    Vals = [0.0, -0.0, 1.0, 10.0, 0.1, 1.0e6, 1.0e7, 123456.5, 1234567.5, 9.9999995, 9.9999994,
            1.0e-10, 2.5e-300, 1.7976931348623157e308, 5.0e-324, -3.5, 1/3, 2/3, 100.0 / 7],
    lists:foreach(fun(V) -> erlang:display(V) end, Vals),
    erlang:display({1.5, [2.5, -0.125], {{3.0e3}}}),
    erlang:display([1.0 | 2.0]).
