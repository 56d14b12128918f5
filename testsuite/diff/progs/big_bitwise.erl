-module(big_bitwise).
-export([main/1]).
%% band, bor, bxor, bnot on bignums, with negative bignums in two's complement.
main(_) ->
    A = (1 bsl 100) + 16#DEADBEEF, B = (1 bsl 90) - 1, N = -(1 bsl 95) - 3,
    erlang:display(A band B),
    erlang:display(A bor B),
    erlang:display(A bxor B),
    erlang:display(bnot A),
    erlang:display(N band A),
    erlang:display(N bor A),
    erlang:display(N bxor A),
    erlang:display(N band B),
    erlang:display(N bor B),
    erlang:display(N band -1),
    erlang:display(N bxor N),
    erlang:display(bnot N),
    erlang:display(A band 16#FFFF),
    erlang:display(N band 16#FFFF),
    erlang:display(N bor 16#FFFF),
    erlang:display((A bxor B) bxor B =:= A),
    erlang:display(integer_to_list(A bxor N, 16)).
