-module(bs_float_seg).
-export([main/1]).
%% Float segments: 16, 32 and 64 bits in every byte order, built and
%% matched; values too large for 16 or 32 bits (written as infinities),
%% rounding straight from the double, subnormals, NaN and infinity bit
%% patterns (which never match), a 0-bit float (matches as 0.0, cannot be
%% built), sizes erl cannot write and numbers that are not floats.
id(X) -> X.

cause(St) ->
    case St of
        [{_, _, _, Info} | _] ->
            case [E || {error_info, E} <- Info] of
                [#{cause := C}] -> C;
                _ -> none
            end;
        _ -> none
    end.

t(F) ->
    try F() catch C:R:St -> {C, R, cause(St)} end.

build(V, 16) -> {<<V:16/float>>, <<V:16/float-little>>, <<V:16/float-native>>};
build(V, 32) -> {<<V:32/float>>, <<V:32/float-little>>, <<V:32/float-native>>};
build(V, 64) -> {<<V:64/float>>, <<V:64/float-little>>, <<V:64/float-native>>}.

m16(B) -> case B of <<F:16/float>> -> F; _ -> nomatch end.
m16l(B) -> case B of <<F:16/float-little>> -> F; _ -> nomatch end.
m32(B) -> case B of <<F:32/float>> -> F; _ -> nomatch end.
m32l(B) -> case B of <<F:32/float-little>> -> F; _ -> nomatch end.
m64(B) -> case B of <<F:64/float>> -> F; _ -> nomatch end.
m64n(B) -> case B of <<F:64/float-native>> -> F; _ -> nomatch end.
mvar(B, N) -> case B of <<F:N/float, R/bitstring>> -> {F, R}; _ -> nomatch end.
munit(B, N) -> case B of <<F:N/float-unit:8, R/bitstring>> -> {F, R}; _ -> nomatch end.

main(_) ->
    Values = [0.0, -0.0, 1.0, -1.5, 0.1, 1.0e-5, 6.0e-8, 5.9604644775390625e-8,
              2.9802322387695312e-8, 2.98023223876953125e-8, 3.0e-8, 6.1035e-5,
              65504.0, 65519.0, 65519.99, 65520.0, -65520.0, 1.0e10,
              3.4028234663852886e38, 3.4028235677973362e38, 3.4028235677973366e38,
              1.0e39, -1.0e300, 1.401298464324817e-45, 7.0e-46, 1.0e-50,
              1.0 + 1 / 2048, 1.0 + 1 / 2048 + 1 / (1 bsl 40), 1.0 + 1 / (1 bsl 24) + 1 / (1 bsl 50),
              2.2250738585072014e-308, 5.0e-324, 1.7976931348623157e308,
              0, 1, -7, 65504, 70000, 1 bsl 62, 1 bsl 200, -(1 bsl 1023)],
    [erlang:display({V, S, t(fun() -> build(id(V), S) end)}) || V <- Values, S <- [16, 32, 64]],
    %% round trips of every 16-bit pattern class
    Pats16 = [<<0, 0>>, <<128, 0>>, <<0, 1>>, <<3, 255>>, <<4, 0>>, <<60, 0>>, <<123, 255>>,
              <<124, 0>>, <<252, 0>>, <<124, 1>>, <<126, 0>>, <<127, 255>>, <<255, 255>>, <<254, 0>>],
    [erlang:display({P, m16(id(P)), m16l(id(P))}) || P <- Pats16],
    Pats32 = [<<0:32>>, <<1:32>>, <<127, 127, 255, 255>>, <<127, 128, 0, 0>>, <<255, 128, 0, 0>>,
              <<127, 192, 0, 0>>, <<127, 128, 0, 1>>, <<255, 255, 255, 255>>, <<0, 128, 0, 0>>,
              <<0, 0, 128, 127>>, <<0, 0, 192, 255>>],
    [erlang:display({P, m32(id(P)), m32l(id(P))}) || P <- Pats32],
    Pats64 = [<<0:64>>, <<1:64>>, <<127, 240, 0:48>>, <<255, 240, 0:48>>, <<127, 248, 0:48>>,
              <<127, 240, 0:47, 1:1>>, <<127, 239, 255, 255, 255, 255, 255, 255>>,
              <<0, 0, 0, 0, 0, 0, 240, 127>>, <<1, 0, 0, 0, 0, 0, 248, 127>>, <<63, 240, 0:48>>],
    [erlang:display({P, m64(id(P)), m64n(id(P))}) || P <- Pats64],
    %% variable sizes when matching: only 0, 16, 32 and 64 bits match
    Data = <<63, 240, 0, 0, 0, 0, 0, 0, 1, 2, 3>>,
    [erlang:display({N, mvar(id(Data), id(N))}) || N <- [0, 1, 8, 15, 16, 24, 32, 48, 64, 65, 88, 128, -16, foo]],
    [erlang:display({N, munit(id(Data), id(N))}) || N <- [0, 2, 3, 4, 8, 16]],
    %% floats at odd bit offsets
    <<_:3, Odd/bitstring>> = id(<<7:3, 2.5:32/float, 1.5:64/float-little, 0.5:16/float, 1:5>>),
    erlang:display(case Odd of <<A:32/float, B:64/float-little, C:16/float, R/bitstring>> -> {A, B, C, R} end),
    %% sizes erl cannot write: 'invalid', before the value's type
    [erlang:display({N, V, t(fun() -> <<(id(V)):(id(N))/float>> end)})
     || N <- [0, 8, 24, 33, 128, -1, foo, 1 bsl 60], V <- [1.0, 3, foo]],
    erlang:display(t(fun() -> <<(id(1.0)):(id(2))/float-unit:8>> end)),
    erlang:display(t(fun() -> <<(id(1.0)):(id(3))/float-unit:8>> end)),
    erlang:display(t(fun() -> <<(id(1 bsl 1024)):64/float>> end)),
    erlang:display(t(fun() -> <<(id(1 bsl 1024)):16/float>> end)),
    erlang:display(t(fun() -> <<(id(<<1>>)):32/float>> end)),
    erlang:display(t(fun() -> <<(id([])):64/float-little>> end)),
    erlang:display(t(fun() -> <<(id(1.0)):32/float, (id(a)):64/float>> end)),
    %% comprehension over floats of the three sizes
    erlang:display([F || <<F:16/float>> <= id(<<60, 0, 124, 0, 192, 0, 126, 1, 0, 1>>)]),
    erlang:display(<< <<F:32/float-little>> || F <- id([1.0, 1.0e39, -2.5, 1 bsl 130]) >>),
    ok.
