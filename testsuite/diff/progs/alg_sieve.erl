-module(alg_sieve).
-export([main/1]).
%% Prime sieves on lists: the functional "sieve" by filtering, and trial
%% division, compared; prime counting and twin primes.
sieve([]) -> [];
sieve([P | T]) -> [P | sieve([X || X <- T, X rem P =/= 0])].
is_prime(N) when N < 2 -> false;
is_prime(N) -> is_prime(N, 2).
is_prime(N, D) when D * D > N -> true;
is_prime(N, D) when N rem D =:= 0 -> false;
is_prime(N, D) -> is_prime(N, D + 1).
main(_) ->
    P = sieve(lists:seq(2, 20000)),
    erlang:display(length(P)),
    erlang:display(lists:sublist(P, 20)),
    erlang:display(lists:last(P)),
    erlang:display(P =:= [X || X <- lists:seq(1, 20000), is_prime(X)]),
    erlang:display(length([X || X <- P, is_prime(X + 2)])),
    erlang:display(lists:sum(P)),
    erlang:display([X || X <- lists:seq(1000000000, 1000000200), is_prime(X)]).
