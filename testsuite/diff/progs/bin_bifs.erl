-module(bin_bifs).
-export([main/1]).

try_(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    B = list_to_binary([1, 2, [3, <<4, 5>>], "abc" | <<"xyz">>]),
    erlang:display(B),
    erlang:display({byte_size(B), bit_size(B), size(B)}),
    erlang:display(binary_to_list(B)),
    erlang:display(binary_to_list(B, 2, 4)),
    Big = list_to_binary(lists:seq(0, 255)),
    erlang:display({byte_size(Big), binary_part(Big, 250, 6), binary_part(Big, {10, -3})}),
    {L, R} = split_binary(Big, 100),
    erlang:display({byte_size(L), byte_size(R), hd(binary_to_list(R))}),
    erlang:display(iolist_size([Big, "abc", [[[<<1>>]]]])),
    erlang:display(iolist_to_binary(<<"same">>)),
    erlang:display(iolist_to_binary([])),
    erlang:display(list_to_bitstring([<<1:3>>, 255, <<3:2>>])),
    erlang:display(bitstring_to_list(<<1, 2, 3:5>>)),
    erlang:display(bit_size(<<1:3>>)),
    erlang:display(byte_size(<<1:3>>)),
    erlang:display([try_(fun() -> list_to_binary(X) end) || X <- [<<"a">>, [256], [-1], [a], [1 | 2], [<<1:3>>], atom]]),
    erlang:display([try_(fun() -> binary_part(Big, S, Le) end) || {S, Le} <- [{0, 257}, {256, 0}, {257, 0}, {-1, 2}, {5, -6}, {5, -5}]]),
    erlang:display(try_(fun() -> erlang:apply(erlang, split_binary, [<<1,2>>, 3]) end)),
    erlang:display([try_(fun() -> erlang:apply(erlang, binary_to_list, [<<1,2,3>> | A]) end) || A <- [[0, 2], [3, 2], [1, 4], [3, 3], [1, 1]]]),
    Self = self(),
    spawn(fun() -> Self ! {got, Big, binary_part(Big, 3, 70)} end),
    receive {got, B2, P2} -> erlang:display({B2 =:= Big, byte_size(P2), lists:last(binary_to_list(P2))}) end,
    erlang:display(Big < <<1>>),
    erlang:display(lists:sum(binary_to_list(Big))).
