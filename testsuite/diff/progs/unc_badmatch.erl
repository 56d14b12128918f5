-module(unc_badmatch).
-export([main/1]).
%% An uncaught badmatch.
id(X) -> X.
main(_) ->
    {ok, V} = id({ok, 1}),
    erlang:display(V),
    {ok, W} = id({error, enoent}),
    erlang:display(W).
