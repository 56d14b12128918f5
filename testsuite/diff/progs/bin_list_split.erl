-module(bin_list_split).
-export([main/1]).
%% binary_to_list/1,3, bitstring_to_list, list_to_bitstring, split_binary
%% and binary_part/2,3 at their bounds: empty ranges, the last byte,
%% one past it, backwards parts, bitstrings (refused or kept), and
%% sub-binaries at odd offsets as inputs.
id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    B = id(<<"0123456789">>),
    L3 = [{1, 10}, {1, 1}, {10, 10}, {5, 4}, {0, 3}, {1, 11}, {11, 11}, {3, 2}, {2, 3}, {-1, 2}, {a, 2}],
    [erlang:display({S, E, t(fun() -> binary_to_list(B, id(S), id(E)) end)}) || {S, E} <- L3],
    erlang:display(t(fun() -> binary_to_list(id(<<1:3>>)) end)),
    erlang:display(t(fun() -> binary_to_list(id(<<1, 2:3>>), 1, 1) end)),
    erlang:display(bitstring_to_list(id(<<1, 2, 3:3>>))),
    erlang:display(bitstring_to_list(id(<<>>))),
    erlang:display(t(fun() -> list_to_bitstring(id([1, <<2:3>>, [<<3:5>>], <<>>])) end)),
    erlang:display(t(fun() -> list_to_bitstring(id([<<1:1>> | <<2:2>>])) end)),
    erlang:display(t(fun() -> list_to_binary(id([<<1:1>>])) end)),
    erlang:display(t(fun() -> list_to_bitstring(id([256])) end)),
    Splits = [0, 1, 9, 10, 11, -1, 1 bsl 70, a],
    [erlang:display({N, t(fun() -> split_binary(B, id(N)) end)}) || N <- Splits],
    erlang:display(t(fun() -> split_binary(id(<<1, 2:3>>), 1) end)),
    erlang:display(t(fun() -> split_binary(id(<<1, 2:3>>), 2) end)),
    Parts = [{0, 10}, {10, 0}, {10, -10}, {5, -5}, {5, -6}, {11, 0}, {0, 11}, {3, 3}, {-1, 1}, {0, -1}],
    [erlang:display({P, t(fun() -> binary_part(B, id(P)) end), t(fun() -> binary_part(B, element(1, P), element(2, P)) end)}) || P <- Parts],
    %% on a sub-binary at an odd bit offset, and a large ProcBin
    <<_:3, Odd:6/binary, _/bitstring>> = id(<<0:3, "abcdef", 0:5>>),
    erlang:display({binary_to_list(Odd), binary_to_list(Odd, 2, 5), split_binary(Odd, 4), binary_part(Odd, 6, -2)}),
    Big = id(binary:copy(<<"abc">>, 1000)),
    {H, T} = split_binary(Big, 1500),
    erlang:display({byte_size(H), byte_size(T), binary_part(T, 1497, 3), binary_to_list(Big, 2999, 3000)}),
    ok.
