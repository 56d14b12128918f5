-module(ext_main_error).
-export([main/1]).
%% An uncaught error in main while other processes are alive ends the
%% program with escript's report and status 127; the children's pending
%% work is abandoned.
id(X) -> X.
main(_) ->
    Me = self(),
    Ps = [spawn(fun() -> Me ! {ready, I}, receive never -> ok end end) || I <- lists:seq(1, 10)],
    [receive {ready, I} -> ok end || I <- lists:seq(1, 10)],
    erlang:display({children, length(Ps)}),
    _ = spawn(fun() -> receive after 3000 -> erlang:display(should_not_print) end end),
    {ok, X} = id({error, main_failed}),
    erlang:display(X).
