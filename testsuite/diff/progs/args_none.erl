-module(args_none).
-export([main/1]).
%% Run without arguments: main/1 gets the empty list.
main(Args) ->
    erlang:display(Args),
    erlang:display(length(Args)),
    erlang:display(is_list(Args)).
