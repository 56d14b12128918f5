-module(etf_roundtrip).
-export([main/1]).

%% Random terms (a fixed linear congruential generator, so every run
%% makes the same ones) encoded with each set of options: every one reads
%% back equal, and the bytes of all of them, summed, are erl's.

-define(M, 2147483647).

next(S) -> (S * 48271) rem ?M.

%% A term of depth at most D and the next state.
gen(S0, D) ->
    S = next(S0),
    K = S rem (case D of 0 -> 10; _ -> 16 end),
    V = (S div 16) rem 100000,
    case K of
        0 -> {V rem 256, S};
        1 -> {V - 50000, S};
        2 -> {(V + 1) * (1 bsl (V rem 200)) * (1 - 2 * (V rem 2)), S};
        3 -> {V / 7 - 5000.0, S};
        4 -> {lists:nth(V rem 6 + 1, [a, b, ok, 'é', list_to_atom([16#3B1, V rem 50 + 16#3B1]), '']), S};
        5 -> {[], S};
        6 -> {list_to_binary([(X + V) rem 256 || X <- lists:seq(1, V rem 90)]), S};
        7 -> {<<V:(V rem 23)>>, S};
        8 -> {[C rem 256 || C <- lists:seq(1, V rem 40)], S};
        9 -> {list_to_tuple([]), S};
        10 -> gen_list(S, D - 1, V rem 6, []);
        11 -> {L, S2} = gen_list(S, D - 1, V rem 5, []), {list_to_tuple(L), S2};
        12 -> {L, S2} = gen_list(S, D - 1, 2 * (V rem 6), []), {pairs_to_map(L, #{}), S2};
        13 -> {H, S2} = gen(S, D - 1), {T, S3} = gen(S2, D - 1), {[H | T], S3};
        14 -> {L, S2} = gen_list(S, D - 1, V rem 4, []), {[V rem 300 | L], S2};
        _ -> {L, S2} = gen_list(S, 0, 2 * (30 + V rem 20), []), {pairs_to_map(L, #{}), S2}
    end.

gen_list(S, _, 0, Acc) -> {Acc, S};
gen_list(S, D, N, Acc) -> {T, S2} = gen(S, max(D, 0)), gen_list(S2, D, N - 1, [T | Acc]).

pairs_to_map([K, V | T], M) -> pairs_to_map(T, M#{K => V});
pairs_to_map(_, M) -> M.

sum(B, A0) -> lists:foldl(fun(X, A) -> (A * 31 + X) rem 1000000007 end, A0, binary_to_list(B)).

%% Whether T holds a map of more than 32 keys (erl writes those in its
%% hash order unless deterministic).
big_map(T) when is_map(T) -> map_size(T) > 32 orelse big_map(maps:to_list(T));
big_map(T) when is_tuple(T) -> big_map(tuple_to_list(T));
big_map([H | T]) -> big_map(H) orelse big_map(T);
big_map(_) -> false.

main(_) ->
    {Terms, _} = lists:foldl(fun(_, {Acc, S}) -> {T, S2} = gen(S, 4), {[T | Acc], S2} end,
                             {[], 12345}, lists:seq(1, 3000)),
    Opts = [[], [{minor_version, 0}], [{minor_version, 2}], [compressed], [{compressed, 1}],
            [{compressed, 9}, {minor_version, 2}], [deterministic]],
    lists:foreach(
      fun(O) ->
              {Sum, Bytes, Bad} =
                  lists:foldl(fun(T, {A, N, Bad}) ->
                                      B = term_to_binary(T, O),
                                      Back = binary_to_term(B),
                                      Bad2 = case Back =:= T of true -> Bad; false -> Bad + 1 end,
                                      case big_map(T) andalso not lists:member(deterministic, O) of
                                          true -> {A, N, Bad2};
                                          false -> {sum(B, A), N + byte_size(B), Bad2}
                                      end
                              end, {0, 0, 0}, Terms),
              erlang:display({O, Sum, Bytes, Bad})
      end, Opts),
    erlang:display(length([T || T <- Terms, big_map(T)])),
    ok.
