-module(args_spaces).
-export([main/1]).
%% Arguments containing spaces, quotes, an empty string, glob characters
%% and a tab arrive unchanged (ASCII only: erl decodes non-ASCII
%% arguments according to the locale).
main(Args) ->
    erlang:display(length(Args)),
    lists:foreach(fun(A) -> erlang:display(A) end, Args),
    erlang:display([length(A) || A <- Args]).
