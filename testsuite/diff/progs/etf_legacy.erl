-module(etf_legacy).
-export([main/1]).

%% The older encodings erl reads and no longer writes, each read and
%% written back in today's form: ATOM_EXT and SMALL_ATOM_EXT in
%% Latin-1, FLOAT_EXT's text, PID_EXT, PORT_EXT, REFERENCE_EXT and
%% NEW_REFERENCE_EXT; and those it reads no more (FUN_EXT, the atom
%% cache, the distribution header).

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    N = <<115, 13, "nonode@nohost">>,
    Olds = [<<131, 100, 0, 5, "hello">>,
            <<131, 115, 5, "hello">>,
            <<131, 115, 2, 233, 255>>,
            <<131, 104, 2, 115, 1, "a", 100, 0, 1, "b">>,
            <<131, 99, "3.14159000000000010000e+00", 0, 0, 0, 0, 0>>,
            <<131, 99, "-2.5e-3", 0:(24 * 8)>>,
            <<131, 108, 0, 0, 0, 2, 99, "1.0", 0:(28 * 8), 99, "2,5", 0:(28 * 8), 106>>,
            <<131, 103, N/binary, 0, 0, 0, 42, 0, 0, 0, 0, 0>>,
            <<131, 102, N/binary, 0, 0, 0, 42, 0>>,
            <<131, 101, N/binary, 0, 0, 0, 42, 0>>,
            <<131, 114, 0, 1, N/binary, 0, 0, 0, 0, 42>>,
            <<131, 114, 0, 3, N/binary, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3>>,
            <<131, 104, 3, 103, N/binary, 0, 0, 0, 1, 0, 0, 0, 0, 0,
              101, N/binary, 0, 0, 0, 2, 0, 102, N/binary, 0, 0, 0, 3, 0>>],
    [erlang:display(t(fun() -> X = binary_to_term(B), {X, term_to_binary(X), term_to_binary(X, [{minor_version, 0}])} end))
     || B <- Olds],
    %% a creation beyond the old one-byte forms' 0..3
    [erlang:display(t(fun() -> binary_to_term(B) end))
     || B <- [<<131, 101, N/binary, 0, 0, 0, 42, 9>>,
              <<131, 114, 0, 1, N/binary, 4, 0, 0, 0, 42>>]],
    %% encodings binary_to_term refuses: FUN_EXT (117), ATOM_CACHE_REF
    %% (82), a distribution header (68), LOCAL_EXT (121), and every tag
    %% that names nothing.  (erl also reads ETS's internal atom tags 73 and
    %% 75, atom indices of its own table; beamc refuses them.)
    [erlang:display(t(fun() -> binary_to_term(B) end))
     || B <- [<<131, 117, 0, 0, 0, 0, 100, 0, 1, "m", 97, 0, 97, 0, 106>>,
              <<131, 82, 0>>, <<131, 68, 0>>, <<131, 121, 97, 1>>]],
    Tags = [T || T <- lists:seq(0, 255), T =/= 73, T =/= 75,
                 t(fun() -> binary_to_term(<<131, T, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                             0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>) end)
                     =/= {error, badarg}],
    erlang:display(Tags),
    ok.
