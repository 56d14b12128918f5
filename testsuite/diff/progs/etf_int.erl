-module(etf_int).
-export([main/1]).

%% Integers: the exact bytes at every encoding boundary, round trips, and
%% the integer encodings erl reads that it never writes.

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Pow = fun(N) -> id(1) bsl N end,
    Ints = [0, 1, 255, 256, -1, -255, -256, 2147483647, 2147483648, -2147483648,
            -2147483649, 4294967295, 4294967296, Pow(59) - 1, Pow(59), -Pow(59),
            -Pow(59) - 1, Pow(60), Pow(63) - 1, Pow(63), Pow(64) - 1, Pow(64),
            -Pow(64), Pow(100) + 12345, -(Pow(100) + 12345),
            Pow(2039) - 1, Pow(2039), Pow(2040) - 1, Pow(2040), -Pow(2040),
            134217727, 134217728, -134217728, -134217729],
    lists:foreach(fun(I) ->
                          B = term_to_binary(I),
                          erlang:display({I rem 1000000007, byte_size(B)}),
                          case byte_size(B) < 40 of
                              true -> erlang:display(B);
                              false -> erlang:display(binary:part(B, 0, 8))
                          end,
                          erlang:display(binary_to_term(B) =:= I)
                  end, Ints),
    %% big integers erl reads: leading zero bytes, any non-zero sign,
    %% zero length, values that fit a small
    Reads = [<<131,110,2,0,1,2>>, <<131,110,2,1,1,0>>, <<131,110,2,2,1,0>>,
             <<131,110,2,255,1,0>>, <<131,110,0,0>>, <<131,110,0,1>>,
             <<131,110,8,0,255,255,255,255,255,255,255,15>>,
             <<131,110,9,0,0,0,0,0,0,0,0,0,0>>,
             <<131,111,0,0,0,1,0,5>>, <<131,111,0,0,0,0,0>>,
             <<131,111,0,0,0,3,1,0,0,128>>,
             <<131,98,255,255,255,255>>, <<131,98,128,0,0,0>>, <<131,97,200>>],
    [erlang:display(t(fun() -> X = binary_to_term(B), {X, term_to_binary(X)} end))
     || B <- Reads],
    %% the longest integer erl reads has 4194296 bytes of magnitude
    Big = fun(N, Top) ->
                  <<131,111,N:32,0,0:((N - 1) * 8),Top>>
          end,
    erlang:display(t(fun() -> X = binary_to_term(Big(4194296, 128)), {X band 255, X bsr 33554360} end)),
    erlang:display(t(fun() -> binary_to_term(Big(4194297, 1)) end)),
    erlang:display(t(fun() -> binary_to_term(<<131,111,0,64,0,0,0,1,0:(4194303*8)>>) end)),
    %% truncated
    erlang:display(t(fun() -> binary_to_term(<<131,110,3,0,1,2>>) end)),
    erlang:display(t(fun() -> binary_to_term(<<131,111,0,0,0,2,0,1>>) end)),
    erlang:display(t(fun() -> binary_to_term(<<131,98,0,0,0>>) end)),
    erlang:display(t(fun() -> binary_to_term(<<131,97>>) end)),
    ok.
