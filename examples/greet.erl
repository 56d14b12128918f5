%% greet.erl — the smallest program worth cross-compiling: one line of
%% output through erlang:display/1, no OTP module.  docs/cross.md builds
%% it for the boards; scripts/target-sizes measures it.
%% Run under erl:   erlc examples/greet.erl && escript greet.beam
-module(greet).
-export([main/1]).

main(_) ->
    erlang:display("Hello, world!").
