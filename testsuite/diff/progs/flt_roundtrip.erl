-module(flt_roundtrip).
-export([main/1]).
%% 2,000 pseudo-random floats over many magnitudes: float_to_list in the
%% short, default and scientific forms read back by list_to_float.
gen(0, _, Acc) -> Acc;
gen(N, S, Acc) ->
    S1 = (S * 6364136223846793005 + 1442695040888963407) rem (1 bsl 64),
    M = (S1 bsr 11) / (1 bsl 53),
    E = (S1 band 16#FF) - 128,
    gen(N - 1, S1, [M * pow(E) | Acc]).
pow(E) when E >= 0 -> pow2(E, 1.0);
pow(E) -> 1 / pow2(-E, 1.0).
pow2(0, A) -> A;
pow2(N, A) -> pow2(N - 1, A * 2).
main(_) ->
    Fs = gen(2000, 12345, []),
    erlang:display(lists:all(fun(F) -> list_to_float(float_to_list(F, [short])) =:= F end, Fs)),
    erlang:display(lists:all(fun(F) -> list_to_float(float_to_list(F)) =:= F end, Fs)),
    erlang:display(lists:all(fun(F) -> list_to_float(float_to_list(F, [{scientific, 16}])) =:= F end, Fs)),
    erlang:display([float_to_list(F, [short]) || F <- lists:sublist(Fs, 8)]),
    erlang:display([float_to_list(F) || F <- lists:sublist(Fs, 3)]),
    erlang:display(float_to_list(lists:sum(Fs), [short])).
