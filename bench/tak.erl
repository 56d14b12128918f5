%% tak.erl -- Takeuchi's function: deep non-tail recursion with three
%% small-integer arguments and comparisons.  Argument: how many times
%% tak(24, 16, Z) is computed, Z alternating 8 and 9 (default 300).
%% Checksum: the results folded modulo a prime.
-module(tak).
-export([main/1]).

main(Args) ->
    Repeat = case Args of
                 [] -> 300;
                 [A | _] -> list_to_integer(A)
             end,
    erlang:display(loop(Repeat, 0)).

loop(0, Acc) -> Acc;
loop(K, Acc) -> loop(K - 1, (Acc * 31 + tak(24, 16, 8 + K rem 2)) rem 1000000007).

tak(X, Y, Z) when Y < X ->
    tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_X, _Y, Z) ->
    Z.
