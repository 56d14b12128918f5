-module(mb).
-export([twice/1, main/1]).
twice(X) -> 2 * X.
main(_) -> erlang:display(mb_main).
