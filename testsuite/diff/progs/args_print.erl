-module(args_print).
-export([main/1]).
%% Prints the command-line arguments (see args_print.args): each is a
%% string (list of character codes), in order.
main(Args) ->
    erlang:display(Args),
    erlang:display(length(Args)),
    lists:foreach(fun(A) -> erlang:display({A, length(A)}) end, Args),
    erlang:display(lists:all(fun is_list/1, Args)).
