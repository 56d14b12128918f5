-module(flt_decimals).
-export([main/1]).
%% float_to_list/2 with {decimals, N} and compact, including rounding.
main(_) ->
    Vals = [0.0, 1.0, -1.0, 0.125, 2.5, 3.14159265358979, -2.675, 1.005, 123456.789, 1.0e-5, 1.0e20, 0.05],
    lists:foreach(fun(D) ->
                      erlang:display([float_to_list(V, [{decimals, D}]) || V <- Vals])
                  end, [0, 1, 2, 4, 10]),
    erlang:display([float_to_list(V, [{decimals, 4}, compact]) || V <- Vals]),
    erlang:display([float_to_list(V, [{decimals, 10}, compact]) || V <- Vals]),
    erlang:display(float_to_list(0.1, [{decimals, 30}])),
    erlang:display(float_to_list(1.0e15, [{decimals, 3}])).
