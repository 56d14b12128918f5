-module(unc_badmatch_pp).
-export([main/1]).
%% An uncaught badmatch prints the value as ~p does: floats in the
%% shortest form, a map with " => ", a binary.
main(_) ->
    {ok, _} = id({error, #{reason => 2.5e-10, where => <<"io">>, code => -3}}).

id(X) -> X.
