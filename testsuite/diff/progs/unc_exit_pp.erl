-module(unc_exit_pp).
-export([main/1]).
%% An uncaught exit with a long reason: ~p breaks it over lines, from the
%% column after "exception exit: ".
main(_) ->
    exit({shutdown, [{child, N, float(N) / 3} || N <- lists:seq(1, 6)]}).
