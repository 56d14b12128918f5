-module(unc_after_output).
-export([main/1]).
%% A lot of output, then an uncaught error inside an after-protected
%% block: the after clause runs and its output appears before the crash.
main(_) ->
    lists:foreach(fun(I) -> erlang:display({line, I}) end, lists:seq(1, 200)),
    try
        error(late_failure)
    after
        erlang:display(cleanup_ran)
    end.
