-module(flt_big).
-export([main/1]).
%% Between floats and bignums: float of big integers (rounding), trunc of
%% huge floats back into exact bignums, and mixed arithmetic.
pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
main(_) ->
    erlang:display(float(pow(10, 22))),
    erlang:display(float(pow(10, 23))),
    erlang:display(float_to_list(float(pow(10, 23)))),
    erlang:display(trunc(float(pow(10, 23)))),
    erlang:display(trunc(1.0e100)),
    erlang:display(trunc(-1.7976931348623157e308) div pow(10, 300)),
    erlang:display(float((1 bsl 53) + 1) == float(1 bsl 53)),
    erlang:display(float(pow(3, 100))),
    erlang:display(pow(3, 100) * 1.0),
    erlang:display(pow(3, 100) / pow(3, 98)),
    erlang:display(pow(2, 1023) / 1.0),
    erlang:display(try float(pow(2, 1024)) catch error:R -> {caught, R} end),
    erlang:display(try pow(2, 1024) / 1 catch error:R2 -> {caught, R2} end),
    erlang:display(round(2.5e15) - pow(10, 15)).
