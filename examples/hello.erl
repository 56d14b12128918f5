%% hello.erl — the first program to build with beamc.
%% Run under erl:   escript examples/hello.erl world
-module(hello).
-export([main/1]).

main(Args) ->
    Who = case Args of
              [] -> "world";
              [Name | _] -> Name
          end,
    io:format("Hello, ~s!~n", [Who]),
    erlang:display(lists:sum([N * N || N <- lists:seq(1, 10)])).
