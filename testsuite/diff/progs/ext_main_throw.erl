-module(ext_main_throw).
-export([main/1]).
%% An uncaught throw in main after a round of messages with a child:
%% status 127 and escript's "exception throw" report.
main(_) ->
    Me = self(),
    P = spawn(fun() -> receive {ask, X} -> Me ! {answer, X * 2} end end),
    P ! {ask, 21},
    receive {answer, A} -> erlang:display({answer, A}) end,
    throw({gave_up, A}).
