-module(flt_arith).
-export([main/1]).
%% Float arithmetic: + - * / with floats and mixed integer operands.
id(X) -> X.
main(_) ->
    A = id(1.5), B = id(-0.25), I = id(3),
    erlang:display(A + B),
    erlang:display(A - B),
    erlang:display(A * B),
    erlang:display(A / B),
    erlang:display(A + I),
    erlang:display(I - A),
    erlang:display(I * B),
    erlang:display(I / 2),
    erlang:display(I / I),
    erlang:display(id(7) / id(-2)),
    erlang:display(id(0.1) + id(0.2)),
    erlang:display(float_to_list(id(0.1) + id(0.2))),
    erlang:display(id(0.1) + id(0.2) == 0.3),
    erlang:display(-A),
    erlang:display(-id(0.0)),
    erlang:display(id(1.0e308) - id(1.0e308) + id(1.0e308)),
    erlang:display(id(1.0e-320) / id(10)),
    erlang:display(id(1.0) / id(3.0)),
    erlang:display(float_to_list(id(1.0) / id(3.0))),
    erlang:display([X / 8 || X <- lists:seq(-4, 4)]).
