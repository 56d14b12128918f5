-module(disp_strings).
-export([main/1]).
%% Which lists of integers erlang:display shows as strings: the edges
%% of the printable range, escapes, and mixed lists.
main(_) ->
    Codes = [0, 7, 8, 9, 10, 11, 12, 13, 26, 27, 31, 32, 34, 39, 92, 126, 127, 128, 159, 160, 200, 255, 256, 1000],
    lists:foreach(fun(C) -> erlang:display({C, [$a, C, $b]}) end, Codes),
    erlang:display([$a, $b | $c]),
    erlang:display([[$a], [$b, 0]]),
    erlang:display("\e[0m"),
    erlang:display("back\\slash"),
    erlang:display("\"quoted\""),
    erlang:display("it's"),
    erlang:display("cr\rlf\n"),
    erlang:display("\v\f\b").
