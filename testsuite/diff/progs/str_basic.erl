-module(str_basic).
-export([main/1]).
%% Strings are lists of character codes: how display prints them, and
%% when a list is shown as a string or as a list of integers.
main(_) ->
    erlang:display("hello"),
    erlang:display(""),
    erlang:display([$h, $i]),
    erlang:display([104, 105]),
    erlang:display("line1\nline2"),
    erlang:display("a\"b"),
    erlang:display([0, 1, 2]),
    erlang:display([31, 32]),
    erlang:display([32, 126]),
    erlang:display([127]),
    erlang:display([$a, 256]),
    erlang:display([$a, -1]),
    erlang:display([$a | $b]),
    erlang:display(["ab", "cd"]),
    erlang:display({"tuple", 'atom', "str"}),
    erlang:display("hello" ++ " " ++ "world"),
    erlang:display(length("hello world")),
    erlang:display(hd("abc")),
    erlang:display(lists:reverse("abc")),
    erlang:display([C - 32 || C <- "shout", C >= $a, C =< $z]),
    erlang:display([C || C <- "a1b2c3", C >= $0, C =< $9]).
