%% mw.erl — the program of the reach warnings test (driver.sh): it
%% reaches some of fakeotp's calls of erlang functions beamc lacks.
-module(mw).
-export([main/1]).

main(["never"]) -> first(), second(), third(), fakeotp:stubbed(1);
main(_) -> erlang:display(fakeotp:fine([a, b])).

first() -> fakeotp:outer().
second() -> fakeotp:deep(1).
third() -> fakeotp:with_fun().
