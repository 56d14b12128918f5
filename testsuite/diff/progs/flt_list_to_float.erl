-module(flt_list_to_float).
-export([main/1]).
%% list_to_float/1: accepted syntaxes and the badarg cases.
l2f(S) -> try list_to_float(S) catch error:R -> {error, R} end.
main(_) ->
    Strs = ["1.0", "-1.0", "+1.5", "0.1", "1.0e10", "1.0E10", "1.0e-10", "1.5e+3", "123.456",
            "1", "1.", ".5", "1e10", "1.0e", "abc", "", "1.0x", " 1.0", "0.000001",
            "1.7976931348623157e308", "4.9e-324", "1.0e309", "00012.50"],
    lists:foreach(fun(S) -> erlang:display({S, l2f(S)}) end, Strs),
    erlang:display(float_to_list(l2f("3.141592653589793238462643383279"))),
    erlang:display(l2f("2.5") * 2).
