-module(args_sum).
-export([main/1]).
%% Parses numeric arguments (integers, floats, bignums) and sums them.
parse(S) ->
    try list_to_integer(S)
    catch error:badarg ->
        try list_to_float(S) catch error:badarg -> {not_a_number, S} end
    end.
main(Args) ->
    Nums = [parse(A) || A <- Args],
    erlang:display(Nums),
    Good = [N || N <- Nums, is_number(N)],
    erlang:display(lists:sum(Good)),
    erlang:display(lists:max(Good)),
    erlang:display(lists:sort(Good)).
