-module(ma).
-export([main/1, start/0]).
main(Args) -> erlang:display({ma, mb:twice(length(Args))}).
start() -> erlang:display({start, mb:twice(21)}).
