-module(unc_badkey).
-export([main/1]).
%% An uncaught {badkey, K} from a map update: "bad key: K" with K as ~p
%% prints it.
main(_) ->
    M = id(#{a => 1}),
    M#{{key, 1.5} := 2}.

id(X) -> X.
