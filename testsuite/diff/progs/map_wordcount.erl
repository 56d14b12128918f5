-module(map_wordcount).
-export([main/1]).
%% A word-frequency count with a map as the accumulator.
words(S) -> string:tokens(S, " ,.;").
main(_) ->
    Text = "the cat sat on the mat. the dog sat on the log, and the cat ran",
    Counts = lists:foldl(fun(W, Acc) -> maps:update_with(W, fun(N) -> N + 1 end, 1, Acc) end,
                         #{}, words(Text)),
    erlang:display(map_size(Counts)),
    erlang:display(lists:sort(maps:to_list(Counts))),
    Top = lists:sublist(lists:sort(fun({A, X}, {B, Y}) -> {Y, A} =< {X, B} end, maps:to_list(Counts)), 3),
    erlang:display(Top),
    erlang:display(maps:get("the", Counts)),
    erlang:display(maps:get("zebra", Counts, 0)).
