-module(exc_raise_frames).
%% Which stack traces erlang:raise/3 accepts (it returns badarg for the
%% others) and how it normalises them.  Regression test.
-export([main/1]).
t(C, St) -> try erlang:raise(C, r, St) catch X:Y:S -> {caught, X, Y, S} end.
main(_) ->
    erlang:display([t(bogus, []), t(error, nolist), t(error, [bad]), t(error, [{m,f,1,[]}|x]),
                    t(error, [{m,f,1}]), t(error, [{m,f,[a],[]}]), t(throw, [{m,f,1,[{line,3}]}, {m,g,x,[]}]),
                    t(error, [{fun() -> ok end, 1, []}]), t(error, [{m,f,1,bad}]), t(exit, [{m,f,-1,[]}]),
                    t(error, [{"m",f,1,[]}])]).
