-module(etf_float).
-export([main/1]).

%% Floats: NEW_FLOAT_EXT, FLOAT_EXT's text at minor_version 0, and the
%% text forms binary_to_term accepts or refuses.

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Fs = [0.0, -0.0, 1.0, -1.5, 0.1, 1.0e300, -1.0e-300, 5.0e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 3.141592653589793, 123456789.125, 1.0e15, 1.0e16, 6.02214076e23],
    lists:foreach(fun(F0) ->
                          F = id(F0),
                          B1 = term_to_binary(F),
                          B0 = term_to_binary(F, [{minor_version, 0}]),
                          B2 = term_to_binary(F, [{minor_version, 2}]),
                          erlang:display(B1),
                          erlang:display(B0),
                          erlang:display(B1 =:= B2),
                          erlang:display({binary_to_term(B1) =:= F, binary_to_term(B0)})
                  end, Fs),
    Text = fun(S) -> B = list_to_binary(S), <<131,99,B/binary,0:((31 - byte_size(B)) * 8)>> end,
    Texts = ["1.5", "+1.5", "-1.5", "1,5", "1.5e+3", "1.5E-3", "1.5e", "1.0e-310", "1.0e-400",
             "1.0e308", "1.8e308", "00001.5", "1.5e0003", "1e5", "  1.5", "1.5 ", ".5", "5.",
             "5", "-0.0", "0x10", "inf", "nan", "1.5abc", "1.5e+", "--1.5", "1.5e3.0", "1.5ee3",
             "12345678901234567890.123456789"],
    [erlang:display({S, t(fun() -> binary_to_term(Text(S)) end)}) || S <- Texts],
    %% text that fills the 31 bytes without a NUL, and garbage after the NUL
    erlang:display(t(fun() -> binary_to_term(<<131,99,"1.5",0,"garbage after the nul....">>) end)),
    erlang:display(t(fun() -> binary_to_term(<<131,99,"1.5",0,0,0>>) end)),
    %% NaN and infinities are not terms
    [erlang:display(t(fun() -> binary_to_term(<<131,70,B:64>>) end))
     || B <- [16#7FF0000000000000, 16#FFF0000000000000, 16#7FF8000000000000,
              16#7FF0000000000001, 16#0000000000000001, 16#8000000000000000]],
    erlang:display(t(fun() -> binary_to_term(<<131,70,0,0,0,0,0,0,0>>) end)),
    ok.
