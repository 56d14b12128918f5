-module(bs_int_odd).
-export([main/1]).
%% Integer segments of every size from 1 to 65 bits and bignum sizes, in
%% each byte order, signed and unsigned: the bits written for values at
%% and past the size's range (truncated to the size), and what reading
%% them back gives, also at odd bit offsets and with units.
id(X) -> X.

row(N) ->
    Vs = [0, 1, -1, (1 bsl (N - 1)) - 1, -(1 bsl (N - 1)), (1 bsl N) - 1, 1 bsl N, 16#5A5A5A5A5A5A5A5A5,
          -16#123456789ABCDEF01],
    [{V,
      <<(id(V)):N>>, <<(id(V)):N/little>>, <<(id(V)):N/signed-little>>, <<(id(V)):N/native>>}
     || V <- Vs].

back(N) ->
    Bits = id(<<16#F0E1D2C3B4A5968778695A4B3C2D1E0F:128>>),
    <<_:3, B/bitstring>> = Bits,
    case B of
        <<U:N, S:N/signed, L:N/little, LS:N/little-signed, Nt:N/native-signed, _/bitstring>> ->
            {N, U, S, L, LS, Nt};
        _ -> {N, short}
    end.

main(_) ->
    [erlang:display({N, row(N)}) || N <- [1, 2, 3, 5, 7, 8, 9, 12, 15, 16, 17, 23, 24, 25, 31, 32, 33]],
    [erlang:display(back(N)) || N <- lists:seq(1, 24)],
    [erlang:display({N, row(N)}) || N <- [40, 47, 48, 56, 59, 60, 61, 63, 64, 65]],
    [erlang:display(back(N)) || N <- [25, 27, 31, 32, 33, 41]],
    %% bignum sizes
    Big = id(-16#FEDCBA9876543210FEDCBA9876543210FEDCBA98),
    [erlang:display({N, <<Big:N>>, <<Big:N/little>>,
                     case <<Big:N/little>> of <<X:N/little-signed>> -> X end,
                     case <<Big:N>> of <<Y:N/signed>> -> Y end})
     || N <- [66, 71, 96, 100, 127, 128, 129, 160, 200]],
    %% units multiply the size
    erlang:display([<<(id(-2)):(id(K))/unit:3>> || K <- [1, 2, 3, 5]]),
    erlang:display([case id(<<255, 0, 255, 0, 7>>) of <<X:K/signed-little-unit:5, _/bitstring>> -> X end
                    || K <- [1, 2, 3, 4, 5, 6, 7, 8]]),
    %% widths that only fit a bignum on a 32-bit machine
    erlang:display([case <<(id((1 bsl K) - 3)):K>> of <<X:K>> -> X end || K <- [27, 28, 29, 30, 31, 32]]),
    erlang:display([case <<(id(-(1 bsl (K - 1)))):K>> of <<X:K/signed>> -> X end || K <- [27, 28, 29, 30, 31, 32]]),
    ok.
