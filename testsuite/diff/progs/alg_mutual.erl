-module(alg_mutual).
-export([main/1]).
%% Mutual recursion: even/odd, a small state machine over a string, and
%% Hofstadter's female/male sequences.
is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).
%% Accepts strings of the form a*b+ (at least one b).
s0([$a | T]) -> s0(T);
s0([$b | T]) -> s1(T);
s0(_) -> reject.
s1([$b | T]) -> s1(T);
s1([]) -> accept;
s1(_) -> reject.
f(0) -> 1;
f(N) -> N - m(f(N - 1)).
m(0) -> 0;
m(N) -> N - f(m(N - 1)).
main(_) ->
    erlang:display([is_even(N) || N <- [0, 1, 2, 7, 10]]),
    erlang:display(is_even(10000001)),
    erlang:display([s0(S) || S <- ["aab", "b", "aaa", "", "abbb", "aba", "bbbb"]]),
    erlang:display([f(N) || N <- lists:seq(0, 20)]),
    erlang:display([m(N) || N <- lists:seq(0, 20)]).
