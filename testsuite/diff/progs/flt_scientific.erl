-module(flt_scientific).
-export([main/1]).
%% float_to_list/2 with {scientific, N}, and the default precision.
main(_) ->
    Vals = [0.0, 1.0, -1.0, 0.125, 2.5, 3.14159265358979, -2.675, 123456.789, 1.0e-5, 1.0e20, 9.999, 1.0e300],
    lists:foreach(fun(D) ->
                      erlang:display([float_to_list(V, [{scientific, D}]) || V <- Vals])
                  end, [0, 1, 3, 6, 15]),
    erlang:display(float_to_list(1/3, [{scientific, 20}])),
    erlang:display(float_to_list(5.0e-324, [{scientific, 2}])).
