-module(flt_interest).
-export([main/1]).
%% A small numeric simulation: compound interest and a loan table,
%% printed with float_to_list decimals (no io:format).
fmt(X) -> float_to_list(X, [{decimals, 2}]).
compound(P, _, 0) -> P;
compound(P, R, N) -> compound(P * (1 + R), R, N - 1).
amort(_, _, _, 0, Acc) -> lists:reverse(Acc);
amort(Bal, Rate, Pay, N, Acc) ->
    Int = Bal * Rate,
    NewBal = Bal + Int - Pay,
    amort(NewBal, Rate, Pay, N - 1, [{fmt(Int), fmt(NewBal)} | Acc]).
main(_) ->
    erlang:display([fmt(compound(1000.0, 0.05, Y)) || Y <- [0, 1, 2, 5, 10, 30]]),
    erlang:display(fmt(compound(1.0, 1.0e-6, 1000000))),
    lists:foreach(fun(Row) -> erlang:display(Row) end, amort(10000.0, 0.01, 888.49, 12, [])).
