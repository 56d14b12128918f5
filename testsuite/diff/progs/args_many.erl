-module(args_many).
-export([main/1]).
%% Many arguments (200): count them, and check they come in order.
main(Args) ->
    erlang:display(length(Args)),
    Ns = [list_to_integer(A) || A <- Args],
    erlang:display(Ns =:= lists:seq(1, length(Args))),
    erlang:display(lists:sum(Ns)),
    erlang:display(lists:sublist(Args, 3)).
