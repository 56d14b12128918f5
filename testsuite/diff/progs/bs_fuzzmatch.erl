%% bs_fuzzmatch — bit-syntax matching and construction driven by bytes.
%%
%% run/1 is what the fuzz target fuzz_bs (testsuite/fuzz/fuzz_bs.c) calls
%% with each input: the first byte says how many control bytes follow,
%% the next two a bit offset at which the rest (the data) is split, so
%% that everything below matches a sub-binary at an odd bit offset (and
%% whether the data is copied into a blob that appends write in place).  Each
%% pair of control bytes is one step on the data (an operation and its
%% size argument: small, negative, huge, a bignum, not an integer); the
%% data is also matched by multi-clause heads (backtracking), walked by
%% a recursive matcher, folded by binary comprehensions and rebuilt by an
%% append loop.  Whatever matched is built again and must give back the
%% bits it came from (same/4); a difference raises {bsfuzz_invariant, ...},
%% which the fuzz target takes for a bug.  Only construction may fail, and
%% only with badarg or system_limit (caught here).
%%
%% main/1 runs run/1 on pseudo-random inputs and prints what it returns,
%% so that the same code is compared with escript on every target; with
%% the arguments "hex" and inputs in hexadecimal it runs those.
-module(bs_fuzzmatch).
-export([main/1, run/1]).

run(In) ->
    {Ctl, Data} = case In of
                      <<N:8, C:N/binary, Rest/binary>> -> {C, Rest};
                      _ -> {<<>>, In}
                  end,
    {Off, Data1} = case Data of
                       <<O:16/little, R/binary>> -> {O, R};
                       _ -> {0, Data}
                   end,
    %% the offset's top bit: the data copied by a comprehension first, so
    %% that it lies in a blob appends may write to in place
    Data2 = case Off band 16#8000 of
                0 -> Data1;
                _ -> << <<X>> || <<X>> <= Data1 >>
            end,
    S = Off rem (bit_size(Data2) + 1),
    <<Pre:S/bitstring, D/bitstring>> = Data2,
    same(Pre, Data2, D, split),
    {bit_size(D), steps(Ctl, D, []), heads(D), comps(D), walk(D, []),
     acc3(D, <<>>, D), tails(D)}.

%% ---- the invariant -------------------------------------------------------

%% R (what was built from the values matched) followed by the rest T must
%% be the bits D that were matched.
same(R, D, T, Tag) ->
    case <<R/bitstring, T/bitstring>> of
        D -> ok;
        _ -> erlang:error({bsfuzz_invariant, Tag, R, D, T})
    end.

check(true, _) -> ok;
check(false, What) -> erlang:error({bsfuzz_invariant, What}).

rev(L) -> rev(L, []).
rev([H | T], A) -> rev(T, [H | A]);
rev([], A) -> A.

%% A segment size from one control byte: small, negative, huge (past
%% erl's limit of 2^59 - 1 bits, or a bignum), odd, not an integer.
size_of(A) when A < 160 -> A;
size_of(A) when A < 180 -> 159 - A;
size_of(A) when A < 190 -> 1 bsl (A - 180 + 55);
size_of(A) when A < 200 -> 1 bsl (A - 190 + 100);
size_of(A) when A < 250 -> (A - 200) * 8 + 1;
size_of(250) -> foo;
size_of(251) -> 1.5;
size_of(252) -> [];
size_of(A) -> (A - 253) * 1000 + 500.

%% ---- steps ---------------------------------------------------------------

steps(<<Op:8, A:8, Ctl/binary>>, D, Acc) ->
    {R, D2} = step(Op rem 23, size_of(A), A, D),
    steps(Ctl, D2, [R | Acc]);
steps(_, D, Acc) ->
    rev([{left, D} | Acc]).

step(0, N, _, D) ->
    case D of
        <<X:N, T/bitstring>> -> same(<<X:N>>, D, T, 0), {{i, X}, T};
        _ -> {no, D}
    end;
step(1, N, _, D) ->
    case D of
        <<X:N/signed-little, T/bitstring>> ->
            same(<<X:N/signed-little>>, D, T, 1), {{i, X}, T};
        _ -> {no, D}
    end;
step(2, N, _, D) ->
    case D of
        <<X:N/native-unit:3, T/bitstring>> ->
            same(<<X:N/native-unit:3>>, D, T, 2), {{i, X}, T};
        _ -> {no, D}
    end;
step(3, N, _, D) ->
    case D of
        <<X:N/signed-unit:8, T/bitstring>> ->
            same(<<X:N/signed-unit:8>>, D, T, 3), {{i, X}, T};
        _ -> {no, D}
    end;
step(4, _, A, D) -> fixed_int(A rem 9, D);
step(5, N, _, D) ->
    case D of
        <<F:N/float, T/bitstring>> when N =:= 0 -> check(T =:= D, f0), {{f, F}, T};
        <<F:N/float, T/bitstring>> -> same(<<F:N/float>>, D, T, 5), {{f, F}, T};
        _ -> {no, D}
    end;
step(6, _, A, D) -> fixed_float(A rem 7, D);
step(7, N, _, D) ->
    case D of
        <<B:N/binary, T/bitstring>> ->
            check(byte_size(B) =:= N, 7), same(B, D, T, 7), {{b, B}, T};
        _ -> {no, D}
    end;
step(8, N, _, D) ->
    case D of
        <<B:N/bitstring, T/bitstring>> ->
            check(bit_size(B) =:= N, 8), same(B, D, T, 8), {{b, B}, T};
        _ -> {no, D}
    end;
step(9, N, _, D) ->
    case D of
        <<B:N/binary-unit:5, T/bitstring>> ->
            check(bit_size(B) =:= 5 * N, 9), same(B, D, T, 9), {{b, B}, T};
        _ -> {no, D}
    end;
step(10, _, _, D) ->
    case D of
        <<C/utf8, T/bitstring>> -> same(<<C/utf8>>, D, T, 10), {{u, C}, T};
        _ -> {no, D}
    end;
step(11, _, A, D) -> utf16(A rem 3, D);
step(12, _, A, D) -> utf32(A rem 3, D);
step(13, _, A, D) -> skip_utf(A rem 6, D);
step(14, N, _, D) ->
    case D of
        <<_:N, T/bitstring>> -> check(bit_size(T) + N =:= bit_size(D), 14), {skip, T};
        _ -> {no, D}
    end;
step(15, N, A, D) -> exact(A rem 6, N, D);
step(16, N, A, D) -> strings(A rem 4, N, D);
step(17, _, _, D) ->
    case heads(D) of
        {H, T} when is_bitstring(T) -> {H, T};
        Other -> {Other, D}
    end;
step(18, N, A, D) -> {build(N, A, D), D};
step(19, N, _, D) ->
    case D of
        <<X:N/little-unit:16, T/bitstring>> ->
            same(<<X:N/little-unit:16>>, D, T, 19), {{i, X}, T};
        _ -> {no, D}
    end;
step(20, N, A, D) -> nested(N, A, D);
step(21, N, _, D) ->
    case D of
        <<_:N/binary-unit:3, T/binary>> -> {{ok21, byte_size(T)}, T};
        <<_:N/bitstring, T/binary-unit:4>> -> {{ok21b, bit_size(T)}, T};
        _ -> {no, D}
    end;
step(22, _, A, D) ->
    W = << <<X:1>> || <<X:1>> <= D >>,
    {{alias, bit_size(alias_grow(A rem 7, W))}, D}.

%% Appends of a part of the accumulator to itself (in place, the storage
%% growing under the part being read); the copy same/4 makes agrees.
alias_grow(0, Acc) -> Acc;
alias_grow(K, Acc) ->
    case Acc of
        <<_:3, P/bitstring>> ->
            New = <<Acc/bitstring, P/bitstring>>,
            same(Acc, New, P, alias),
            alias_grow(K - 1, New);
        _ -> Acc
    end.

fixed_int(0, D) -> case D of <<X:1, T/bitstring>> -> same(<<X:1>>, D, T, fi0), {{i, X}, T}; _ -> {no, D} end;
fixed_int(1, D) -> case D of <<X:7/signed, T/bitstring>> -> same(<<X:7/signed>>, D, T, fi1), {{i, X}, T}; _ -> {no, D} end;
fixed_int(2, D) -> case D of <<X:13/little, T/bitstring>> -> same(<<X:13/little>>, D, T, fi2), {{i, X}, T}; _ -> {no, D} end;
fixed_int(3, D) -> case D of <<X:32/signed-little, T/bitstring>> -> same(<<X:32/signed-little>>, D, T, fi3), {{i, X}, T}; _ -> {no, D} end;
fixed_int(4, D) -> case D of <<X:64/native, T/bitstring>> -> same(<<X:64/native>>, D, T, fi4), {{i, X}, T}; _ -> {no, D} end;
fixed_int(5, D) -> case D of <<X:65/signed, T/bitstring>> -> same(<<X:65/signed>>, D, T, fi5), {{i, X}, T}; _ -> {no, D} end;
fixed_int(6, D) -> case D of <<X:128/little-signed, T/bitstring>> -> same(<<X:128/little-signed>>, D, T, fi6), {{i, X}, T}; _ -> {no, D} end;
fixed_int(7, D) -> case D of <<X:60/signed, T/bitstring>> -> same(<<X:60/signed>>, D, T, fi7), {{i, X}, T}; _ -> {no, D} end;
fixed_int(8, D) -> case D of <<X:28/signed-native, T/bitstring>> -> same(<<X:28/signed-native>>, D, T, fi8), {{i, X}, T}; _ -> {no, D} end.

fixed_float(0, D) -> case D of <<F:16/float, T/bitstring>> -> same(<<F:16/float>>, D, T, ff0), {{f, F}, T}; _ -> {no, D} end;
fixed_float(1, D) -> case D of <<F:16/float-little, T/bitstring>> -> same(<<F:16/float-little>>, D, T, ff1), {{f, F}, T}; _ -> {no, D} end;
fixed_float(2, D) -> case D of <<F:32/float, T/bitstring>> -> same(<<F:32/float>>, D, T, ff2), {{f, F}, T}; _ -> {no, D} end;
fixed_float(3, D) -> case D of <<F:32/float-little, T/bitstring>> -> same(<<F:32/float-little>>, D, T, ff3), {{f, F}, T}; _ -> {no, D} end;
fixed_float(4, D) -> case D of <<F:64/float, T/bitstring>> -> same(<<F:64/float>>, D, T, ff4), {{f, F}, T}; _ -> {no, D} end;
fixed_float(5, D) -> case D of <<F:64/float-native, T/bitstring>> -> same(<<F:64/float-native>>, D, T, ff5), {{f, F}, T}; _ -> {no, D} end;
fixed_float(6, D) -> case D of <<F:4/float-unit:8, T/bitstring>> -> same(<<F:4/float-unit:8>>, D, T, ff6), {{f, F}, T}; _ -> {no, D} end.

utf16(0, D) -> case D of <<C/utf16, T/bitstring>> -> same(<<C/utf16>>, D, T, u16), {{u, C}, T}; _ -> {no, D} end;
utf16(1, D) -> case D of <<C/utf16-little, T/bitstring>> -> same(<<C/utf16-little>>, D, T, u16l), {{u, C}, T}; _ -> {no, D} end;
utf16(2, D) -> case D of <<C/utf16-native, T/bitstring>> -> same(<<C/utf16-native>>, D, T, u16n), {{u, C}, T}; _ -> {no, D} end.

utf32(0, D) -> case D of <<C/utf32, T/bitstring>> -> same(<<C/utf32>>, D, T, u32), {{u, C}, T}; _ -> {no, D} end;
utf32(1, D) -> case D of <<C/utf32-little, T/bitstring>> -> same(<<C/utf32-little>>, D, T, u32l), {{u, C}, T}; _ -> {no, D} end;
utf32(2, D) -> case D of <<C/utf32-native, T/bitstring>> -> same(<<C/utf32-native>>, D, T, u32n), {{u, C}, T}; _ -> {no, D} end.

%% Skipping a code point leaves the tail that getting it leaves.
skip_utf(K, D) ->
    Skipped = case K of
                  0 -> case D of <<_/utf8, T/bitstring>> -> T; _ -> no end;
                  1 -> case D of <<_/utf16, T/bitstring>> -> T; _ -> no end;
                  2 -> case D of <<_/utf16-little, T/bitstring>> -> T; _ -> no end;
                  3 -> case D of <<_/utf32, T/bitstring>> -> T; _ -> no end;
                  4 -> case D of <<_/utf32-little, T/bitstring>> -> T; _ -> no end;
                  5 -> case D of <<_/utf8, _/utf8, T/bitstring>> -> T; _ -> no end
              end,
    Got = case K of
              0 -> case D of <<_C0/utf8, T0/bitstring>> -> T0; _ -> no end;
              1 -> case D of <<_C1/utf16, T1/bitstring>> -> T1; _ -> no end;
              2 -> case D of <<_C2/utf16-little, T2/bitstring>> -> T2; _ -> no end;
              3 -> case D of <<_C3/utf32, T3/bitstring>> -> T3; _ -> no end;
              4 -> case D of <<_C4/utf32-little, T4/bitstring>> -> T4; _ -> no end;
              5 -> case D of <<C5/utf8, C6/utf8, T5/bitstring>> when C5 >= 0, C6 >= 0 -> T5; _ -> no end
          end,
    check(Skipped =:= Got, {skip_utf, K}),
    case Skipped of
        no -> {no, D};
        _ -> {skipped, Skipped}
    end.

%% Whole-input matches: bs_test_tail2 and bs_test_unit.
exact(0, N, D) -> case D of <<X:N>> -> {{exact, X}, <<>>}; _ -> {no, D} end;
exact(1, N, D) -> case D of <<_:N, T/binary>> -> check(is_binary(T), exact1), {{unit8, byte_size(T)}, T}; _ -> {no, D} end;
exact(2, N, D) -> case D of <<X:N/bitstring, 0:3>> -> {{z3, X}, <<>>}; _ -> {no, D} end;
exact(3, N, D) -> case D of <<X:8, _:N/binary>> -> {{exact3, X}, <<>>}; _ -> {no, D} end;
exact(4, N, D) -> case D of <<_:N, _/binary>> -> {unit8, D}; _ -> {no, D} end;
exact(5, N, D) -> case D of <<X:N, _/binary-unit:4>> -> {{unit4, X}, D}; _ -> {no, D} end.

%% bs_match_string, before and after other segments.
strings(0, _, D) -> case D of <<"\x7f\x00", T/bitstring>> -> {s0, T}; _ -> {no, D} end;
strings(1, _, D) -> case D of <<"a", 1:1, T/bitstring>> -> {s1, T}; _ -> {no, D} end;
strings(2, N, D) -> case D of <<"ab", X:N, T/bitstring>> -> {{s2, X}, T}; _ -> {no, D} end;
strings(3, _, D) -> case D of <<1:1, "xyz", 0:2, T/bitstring>> -> {s3, T}; _ -> {no, D} end.

%% Clauses that share prefixes: erlc saves and restores the position
%% (bs_get_position / bs_set_position) to try the next one.
heads(<<1:1, X:7, "ab", T/bitstring>>) -> {{h1, X}, T};
heads(<<1:1, X:7, Y:16/little, T/bitstring>>) when Y > 1000 -> {{h2, X, Y}, T};
heads(<<1:1, _:3, Z:4/bitstring, W/utf8, T/bitstring>>) -> {{h3, Z, W}, T};
heads(<<0:1, N:7, B:N/bitstring, T/bitstring>>) when N > 3 -> {{h4, B}, T};
heads(<<0:1, _:7, F:32/float, T/bitstring>>) -> {{h5, F}, T};
heads(<<X:3, Y:X/unit:7, T/bitstring>>) when Y > 0 -> {{h6, X, Y}, T};
heads(<<X:4, _:X/binary, T/binary>>) -> {{h7, X}, T};
heads(<<_:2, R/bitstring>>) when bit_size(R) > 100 -> {h8, R};
heads(D) -> {h0, bit_size(D)}.

%% Nested matches on a tail that was itself matched out, and a size taken
%% from the data.
nested(N, A, D) ->
    case D of
        <<L:4, Body:L/binary, T/bitstring>> ->
            Inner = case Body of
                        <<X:N, Rest/binary>> -> {X, Rest};
                        <<Y:(A rem 9)/little, Rest/bitstring>> -> {y, Y, Rest};
                        _ -> none
                    end,
            {{nested, Inner}, T};
        <<K:3, T/bitstring>> when K > 2 ->
            {{k, K}, T};
        _ -> {no, D}
    end.

%% The whole data walked by a matcher that passes its context on.
walk(<<0:1, X:5, T/bitstring>>, Acc) -> walk(T, [X | Acc]);
walk(<<1:1, 0:1, T/bitstring>>, Acc) -> walk(T, [x | Acc]);
walk(<<3:2, C/utf8, T/bitstring>>, Acc) -> walk(T, [{c, C} | Acc]);
walk(<<3:2, T/bitstring>>, Acc) -> walk(T, [y | Acc]);
walk(T, Acc) -> {rev(Acc), T}.

%% Binary comprehensions over the data: each must give back what it read.
comps(D) ->
    Bytes = (bit_size(D) div 8) * 8,
    <<Whole:Bytes/bitstring, _/bitstring>> = D,
    C1 = << <<X:8>> || <<X:8>> <= D >>,
    check(C1 =:= Whole, c1),
    C2 = << <<B:1>> || <<B:1>> <= D >>,
    check(C2 =:= D, c2),
    L3 = [X || <<X:3/signed>> <= D],
    Threes = length(L3) * 3,
    <<P3:Threes/bitstring, _/bitstring>> = D,
    check(<< <<X:3/signed>> || X <- L3 >> =:= P3, c3),
    C4 = << <<X:16/little>> || <<X:16/big>> <= D, X rem 3 =/= 0 >>,
    C5 = << << <<(X + Y):8>> || <<Y:4>> <= <<X:8>> >> || <<X:8>> <= D >>,
    C6 = [C || <<C/utf8>> <= D],
    C7 = << <<B/bitstring>> || <<B:5/bitstring>> <= D >>,
    Fives = bit_size(C7),
    <<P5:Fives/bitstring, _/bitstring>> = D,
    check(C7 =:= P5, c7),
    C8 = [F || <<F:32/float>> <= D],
    C9 = << <<B/bitstring>> || B <- [B5 || <<B5:5/bitstring>> <= D] >>,
    check(C9 =:= P5, c9),
    C10 = << <<X:8, X:X>> || <<X:8>> <= D >>,
    {byte_size(C4), C5, C6, C8, bit_size(C10)}.

%% An append loop (bs_init_writable, private_append) rebuilding the data
%% three bits at a time.
acc3(<<X:3, T/bitstring>>, Acc, D) -> acc3(T, <<Acc/bitstring, X:3>>, D);
acc3(T, Acc, D) -> same(Acc, D, T, acc3), bit_size(Acc).

%% bs_get_tail: the rest of a context taken out as a binary.
tails(D) ->
    case D of
        <<A:8, T/binary>> when A > 127 -> {t1, byte_size(T)};
        <<_:8, T/bitstring>> -> {t2, bit_size(T)};
        _ -> t0
    end.

%% ---- construction --------------------------------------------------------

%% Sizes below erl's limit that would allocate too much are pushed past
%% it: only badarg and system_limit may come out.
csize(N) when is_integer(N), N >= 1 bsl 20, N < 1 bsl 59 -> N bsl 40;
csize(N) -> N.

build(N0, A, D) ->
    N = csize(N0),
    try build(A rem 8, N, A, D) of
        B -> B
    catch
        error:badarg -> badarg;
        error:system_limit -> system_limit
    end.

build(0, N, A, D) ->
    B = <<A:N, D/bitstring, A:N/little-signed>>,
    <<X:N, D2:(bit_size(D))/bitstring, Y:N/little-signed>> = B,
    check(D2 =:= D andalso X =:= Y, b0),
    {b0, bit_size(B)};
build(1, N, A, D) ->
    B = <<D:N/bitstring, (float(A)):32/float, A/utf8>>,
    {b1, B};
build(2, N, A, D) ->
    F = case is_integer(N) andalso N < 1 bsl 64 of
            true -> N * 1.0e36;
            false -> N
        end,
    B = <<D/bitstring, F:16/float, (A * 1.0e300):32/float-little>>,
    {b2, B};
build(3, N, _, D) ->
    B = <<D/bitstring, N/utf16, N/utf32-little, N/utf8>>,
    {b3, bit_size(B)};
build(4, N, A, D) ->
    B = <<D:N/binary-unit:1, A:N/unit:3>>,
    {b4, B};
build(5, N, A, D) ->
    B = <<(-A):N/signed-native, "str", D/bitstring, (bit_size(D)):N/unit:8>>,
    {b5, bit_size(B)};
build(6, N, _, D) ->
    B = <<N:64/float, D/bitstring>>,
    {b6, B};
build(7, N, A, D) ->
    Acc = <<D/bitstring, A:N>>,
    B = <<Acc/bitstring, D/bitstring>>,
    {b7, bit_size(B)}.

%% ---- main: pseudo-random inputs ------------------------------------------

main(["hex" | Inputs]) ->
    replay(1, Inputs);
main(_) ->
    R = run_many(1, 400, 12345, []),
    [erlang:display(X) || X <- R],
    ok.

%% Inputs given in hexadecimal (testsuite/fuzz/bs_replay.sh: a corpus
%% replayed under escript and natively): each result, or the exception.
replay(_, []) -> ok;
replay(I, [H | Hs]) ->
    In = << <<(list_to_integer([A, B], 16))>> || <<A, B>> <= list_to_binary(H) >>,
    erlang:display(try {I, run(In)} catch C:R -> {I, C, R} end),
    replay(I + 1, Hs).

run_many(I, N, _, Acc) when I > N -> rev(Acc);
run_many(I, N, Seed, Acc) ->
    {In, Seed2} = input(Seed),
    Out = run(In),
    Show = case I =< 40 of
               true -> {I, Out};
               false -> {I, erlang:crc32(term_to_binary(Out))}
           end,
    run_many(I + 1, N, Seed2, [Show | Acc]).

next(S) -> (S * 1103515245 + 12345) band 16#7fffffff.

%% An input: a control part of a few steps, an offset, and data mixing
%% random bytes with fragments that match something.
input(S0) ->
    S1 = next(S0),
    NSteps = (S1 bsr 8) rem 8,
    {Ctl, S2} = bytes(2 * NSteps, S1, []),
    S3 = next(S2),
    Off = (S3 bsr 4) rem 200,
    {Data, S4} = data((S3 bsr 12) rem 6, S3, []),
    {<<(2 * NSteps):8, Ctl/binary, Off:16/little, Data/binary>>, S4}.

bytes(0, S, Acc) -> {list_to_binary(Acc), S};
bytes(K, S, Acc) -> S2 = next(S), bytes(K - 1, S2, [(S2 bsr 16) band 255 | Acc]).

data(0, S, Acc) -> {list_to_binary(rev(Acc)), S};
data(K, S, Acc) ->
    S2 = next(S),
    Frag = case (S2 bsr 16) rem 8 of
               0 -> <<"ab">>;
               1 -> <<16#e2, 16#82, 16#ac>>;
               2 -> <<1.5:32/float>>;
               3 -> <<16#7f, 16#80, 0, 0>>;
               4 -> <<16#d8, 16#3d, 16#de, 16#00>>;
               5 -> <<(S2 band 16#ffff):16>>;
               6 -> <<16#7f, 0>>;
               7 -> <<(S2 band 255), ((S2 bsr 8) band 255), 16#c0>>
           end,
    data(K - 1, S2, [Frag | Acc]).
