%% empty.erl -- does nothing: the start-up and shut-down time of each side.
-module(empty).
-export([main/1]).

main(_Args) -> erlang:display(ok).
