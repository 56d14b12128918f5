-module(alg_nrev).
-export([main/1]).
%% Naive reverse (quadratic append) — the classic benchmark — checked
%% against lists:reverse.
app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].
nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).
bench(0, L) -> nrev(L);
bench(N, L) -> nrev(L), bench(N - 1, L).
main(_) ->
    erlang:display(nrev([1, 2, 3, 4, 5])),
    L = lists:seq(1, 30),
    erlang:display(nrev(L)),
    erlang:display(bench(2000, L) =:= lists:reverse(L)),
    Big = lists:seq(1, 3000),
    erlang:display(nrev(Big) =:= lists:reverse(Big)),
    erlang:display(lists:sublist(nrev(Big), 5)).
