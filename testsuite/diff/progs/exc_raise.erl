-module(exc_raise).
-export([main/1]).
%% erlang:raise/3 with a hand-made stacktrace: the catcher sees exactly
%% that stacktrace; a bad class gives badarg.
main(_) ->
    St = [{my_mod, my_fun, 2, [{file, "my_mod.erl"}, {line, 42}]}, {other, f, [a, b], []}],
    try erlang:raise(error, custom, St)
    catch error:custom:S1 -> erlang:display(S1)
    end,
    try erlang:raise(throw, thrown, St)
    catch throw:thrown:S2 -> erlang:display(hd(S2))
    end,
    try erlang:raise(exit, gone, [])
    catch exit:gone:S3 -> erlang:display(S3)
    end,
    erlang:display(try erlang:raise(bogus_class, r, []) catch C:R -> {C, R} end),
    erlang:display(erlang:raise(bogus_class, r, [])).
