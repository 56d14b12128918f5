-module(args_dispatch).
-export([main/1]).
%% The first argument selects a command; the others are its operands.
%% Run with "fact 25" (see args_dispatch.args); other commands fall through.
main(["fact", N]) -> erlang:display({fact, fact(list_to_integer(N))});
main(["rev" | Words]) -> erlang:display(lists:reverse(Words));
main(["upper", W]) -> erlang:display([C - 32 || C <- W]);
main(Other) -> erlang:display({usage, Other}), halt(2).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
