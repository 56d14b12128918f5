%% fakeotp.erl — a module the reach warnings test (driver.sh) installs as
%% if it were OTP's (BEAMC_OTP_ROOT): calls of erlang functions beamc does
%% not implement, some reachable from the program (mw.erl), some not.
-module(fakeotp).
-export([outer/0, deep/1, stubbed/1, with_fun/0, unreached/0, fine/1]).

outer() -> inner(1).
inner(X) -> erlang:frobnicate(X).

deep(X) -> d1(X).
d1(X) -> d2(X).
d2(X) -> d3(X).
d3(X) -> erlang:deeply_missing(X).

stubbed(_) -> erlang:nif_error(undef).

with_fun() -> F = fun() -> erlang:missing_in_fun() end, F.

unreached() -> erlang:never_warned().

fine(L) -> erlang:length(L).
