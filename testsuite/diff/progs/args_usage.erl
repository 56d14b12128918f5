-module(args_usage).
-export([main/1]).
%% Wrong arguments: prints a usage term and halts with status 2.
main(["run", _]) -> erlang:display(ok);
main(Args) -> erlang:display({usage, "args_usage run FILE", got, Args}), halt(2).
