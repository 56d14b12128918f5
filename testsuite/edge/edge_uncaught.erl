-module(edge_uncaught).
-export([main/1]).
%% Displays 3 lines, then an uncaught error: stderr's report must come
%% after them when both streams go to one file.
main(_) ->
    erlang:display(first),
    erlang:display({second, 2}),
    erlang:display(third),
    erlang:error({oops, id(3)}).
id(X) -> X.
