-module(big_isqrt).
-export([main/1]).
%% Integer square roots by Newton's method on huge numbers; digits of
%% sqrt(2) computed with bignums.
isqrt(0) -> 0;
isqrt(N) -> isqrt(N, N).
isqrt(N, X) -> Y = (X + N div X) div 2,
               if Y >= X -> X; true -> isqrt(N, Y) end.
pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
main(_) ->
    erlang:display([isqrt(N) || N <- [1, 2, 3, 4, 15, 16, 17, 99, 100, 1000000]]),
    erlang:display(isqrt(pow(10, 100))),
    erlang:display(isqrt(2 * pow(10, 400))),
    erlang:display(isqrt(pow(12345678901234567890, 2))),
    erlang:display(isqrt(pow(12345678901234567890, 2) - 1)),
    R = isqrt(pow(2, 1001)),
    erlang:display(R * R =< pow(2, 1001) andalso (R + 1) * (R + 1) > pow(2, 1001)).
