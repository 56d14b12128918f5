-module(args_status).
-export([main/1]).
%% The exit status is computed from the arguments: the number of
%% arguments that are not integers.
main(Args) ->
    Bad = [A || A <- Args, not is_int(A)],
    erlang:display({bad, Bad}),
    halt(length(Bad)).
is_int(S) -> try _ = list_to_integer(S), true catch error:badarg -> false end.
