%% etf.erl -- the external term format: a list of N mixed terms (tuples
%% of small and big integers, atoms, floats and binaries; binaries of 3
%% to 200 bytes; strings; small maps; nested lists) is encoded with
%% term_to_binary and decoded with binary_to_term Repeat times; each
%% round checks the decoded term equals the original and folds the
%% encoding's CRC-32 into the checksum.  Arguments: the terms (default
%% 200000) and the rounds (default 10).
-module(etf).
-export([main/1]).

main(Args) ->
    {N, Repeat} = case Args of
                      [] -> {200000, 10};
                      [S] -> {list_to_integer(S), 10};
                      [S, R | _] -> {list_to_integer(S), list_to_integer(R)}
                  end,
    T = make(N, []),
    erlang:display(loop(Repeat, T, 0)).

loop(0, _T, Acc) -> Acc;
loop(K, T, Acc) ->
    B = term_to_binary(T),
    T2 = binary_to_term(B),
    true = T2 =:= T,
    loop(K - 1, T, (Acc * 31 + erlang:crc32(B) + byte_size(B)) rem 1000000007).

make(0, Acc) -> Acc;
make(I, Acc) -> make(I - 1, [item(I) | Acc]).

item(I) ->
    case I rem 8 of
        0 -> {I, ok, I * 0.5, <<I:32>>};
        1 -> binary:copy(<<(I rem 251)>>, 3 + I rem 197);
        2 -> lists:nth(1 + I rem 5, [alpha, beta, gamma, 'delta epsilon', zeta]);
        3 -> I * 1.0e10 + 0.125;
        4 -> {I - 1000000, -(I bsl 70), [I, I + 1, I + 2]};
        5 -> "string " ++ integer_to_list(I);
        6 -> #{id => I, name => <<"n", I:24>>, tags => [a, b]};
        7 -> [{I}, [[]], {}, <<>>]
    end.
