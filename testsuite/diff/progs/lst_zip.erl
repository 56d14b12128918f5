-module(lst_zip).
-export([main/1]).
%% zip, unzip, zip3, unzip3, zipwith, zipwith3, and length mismatch errors.
main(_) ->
    erlang:display(lists:zip([1, 2, 3], [a, b, c])),
    erlang:display(lists:unzip([{1, a}, {2, b}])),
    erlang:display(lists:zip3([1, 2], [a, b], ["x", "y"])),
    erlang:display(lists:unzip3([{1, a, x}, {2, b, y}])),
    erlang:display(lists:zipwith(fun(A, B) -> A * B end, [1, 2, 3], [4, 5, 6])),
    erlang:display(lists:zipwith3(fun(A, B, C) -> {C, B, A} end, [1, 2], [3, 4], [5, 6])),
    erlang:display(lists:zip([], [])),
    erlang:display(try lists:zip([1, 2], [a]) catch error:R -> R end),
    Idx = lists:zip(lists:seq(1, 5), "hello"),
    erlang:display(Idx),
    erlang:display([C || {I, C} <- Idx, I rem 2 =:= 1]).
