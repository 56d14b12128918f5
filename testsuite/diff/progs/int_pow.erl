-module(int_pow).
-export([main/1]).
%% Integer power by squaring and modular exponentiation.
pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).
powmod(_, 0, _) -> 1;
powmod(B, E, M) when E rem 2 =:= 0 -> H = powmod(B, E div 2, M), (H * H) rem M;
powmod(B, E, M) -> (B * powmod(B, E - 1, M)) rem M.
main(_) ->
    erlang:display([pow(2, N) || N <- [0, 1, 10, 30, 59, 60, 61, 62, 63, 64]]),
    erlang:display(pow(10, 50)),
    erlang:display(pow(-3, 41)),
    erlang:display(pow(-3, 40)),
    erlang:display(powmod(2, 1000, 1000000007)),
    erlang:display(powmod(3, pow(10, 30), 1000000007)),
    erlang:display(powmod(7, 560, 561)),
    erlang:display([N || N <- lists:seq(2, 60), powmod(2, N - 1, N) =:= 1]),
    erlang:display(pow(pow(2, 64), 3) =:= pow(2, 192)).
