-module(bs_size_errors).
-export([main/1]).
%% Construction failures and their error_info: every size is checked
%% before any value (so a bad size in a later segment wins over a bad
%% value in an earlier one); a size of 2^59 or more, or a bignum, is
%% system_limit; a negative or non-integer size is badarg; then types,
%% short binaries, units, code points.  Also what a failed match with the
%% same sizes does (no match, never an error), and the report escript
%% prints for an uncaught one (the last line).
id(X) -> X.

cause(St) ->
    case St of
        [{_, _, _, Info} | _] ->
            case [E || {error_info, E} <- Info] of
                [#{cause := C} = M] -> {C, maps:get(function, M), maps:get(module, M)};
                _ -> none
            end;
        _ -> none
    end.

t(F) ->
    try F() catch C:R:St -> {C, R, cause(St)} end.

m(D, N) ->
    case D of
        <<X:N, _/bitstring>> -> {int, X};
        <<B:N/binary, _/bitstring>> -> {bin, B};
        _ -> nomatch
    end.

main(_) ->
    Big = 1 bsl 59,
    Cases =
        [fun() -> <<(id(a)):(id(Big))>> end,
         fun() -> <<(id(a)):(id(Big - 1))/unit:64>> end,
         fun() -> <<(id(a)):(id(Big - 1)), (id(-1)):(id(-1))>> end,
         fun() -> <<(id(1)):(id(Big))>> end,
         fun() -> <<(id(1)):(id(1 bsl 64))>> end,
         fun() -> <<(id(1)):(id(1 bsl 100))>> end,
         fun() -> <<(id(1)):(id(-(1 bsl 100)))>> end,
         fun() -> <<(id(1)):(id(-1))>> end,
         fun() -> <<(id(1)):(id(foo))>> end,
         fun() -> <<(id(1)):(id(1.0))>> end,
         fun() -> <<(id(1)):(id([]))>> end,
         fun() -> <<(id(foo)):8, (id(1)):(id(-1))>> end,
         fun() -> <<(id(foo))/binary, (id(1)):(id(-1))>> end,
         fun() -> <<(id(<<1:3>>))/binary, (id(1)):(id(foo))>> end,
         fun() -> <<(id(-1))/utf8, (id(1)):(id(Big))>> end,
         fun() -> <<(id(<<1>>)):(id(2))/binary, (id(1)):(id(-5))>> end,
         fun() -> <<(id(1)):(id(Big)), (id(a)):(id(foo))>> end,
         fun() -> <<(id(1)):(id(-1)), (id(a)):(id(Big))>> end,
         fun() -> <<(id(<<1>>)):(id(foo))/binary, (id(a)):(id(-1))>> end,
         fun() -> <<(id(<<1>>))/binary, (id(a)):(id(8)), (id(1)):(id(Big))>> end,
         fun() -> <<(id(1)):(1 bsl 60)>> end,
         fun() -> <<(id(1)):(1 bsl 58)/unit:64>> end,
         fun() -> <<(id(foo)):8>> end,
         fun() -> <<(id(1.0)):8>> end,
         fun() -> <<(id(<<1,2>>)):3/binary>> end,
         fun() -> <<(id(<<1,2>>)):(id(17))/bitstring>> end,
         fun() -> <<(id(<<1:9>>))/binary>> end,
         fun() -> <<(id(<<1:9>>))/binary-unit:3>> end,
         fun() -> <<(id(<<1:9>>))/binary-unit:9, (id(<<1:5>>))/binary-unit:5>> end,
         fun() -> <<(id(16#110000))/utf8>> end,
         fun() -> <<(id(16#D800))/utf16>> end,
         fun() -> <<(id(-1))/utf32>> end,
         fun() -> <<(id(1.5))/utf8>> end,
         fun() -> <<(id(foo))/utf16-little>> end,
         fun() -> <<(id(1)):8, (id(2)):8, (id(x)):8>> end,
         fun() -> <<(id(<<>>))/binary, (id(1)):8, (id(<<2>>)):(id(2))/binary>> end,
         fun() -> B = id(<<1,2,3>>), <<B/binary, (id(a)):4>> end,
         fun() -> B = id(<<1,2,3>>), <<B/bitstring, (id(1)):(id(-8))>> end,
         fun() -> <<(id(1)):(id(0)), (id(<<>>)):(id(0))/binary>> end,
         fun() -> <<(id(1 bsl 100)):(id(3))/signed>> end,
         fun() -> <<(id(-1)):(id(100))/little>> end],
    lists:foldl(fun(F, I) -> erlang:display({I, t(F)}), I + 1 end, 1, Cases),
    %% the same sizes when matching: no match, never an error
    D = id(<<1, 2, 3, 4>>),
    [erlang:display({N, m(D, id(N))}) || N <- [Big, Big - 1, 1 bsl 64, -1, -(1 bsl 70), foo, 1.0, 0, 8, 16, 24, 32, 40]],
    %% uncaught: escript names the failing construction
    <<(id(1)):(id(8)), (id(foo)):(id(16))/little>>.
