-module(rcd_errors).
-export([main/1]).
%% Record errors: accessing or updating a field of something that is not
%% the record gives {badrecord, Term} (the offending term itself).
-record(r, {a = 1, b = 2}).
-record(s, {a = 1}).
id(X) -> X.
get_a(R) -> R#r.a.
set_b(R) -> R#r{b = changed}.
main(_) ->
    erlang:display(get_a(#r{})),
    erlang:display(try get_a(id(#s{})) catch C:E -> {C, E} end),
    erlang:display(try get_a(id({r, 1})) catch C2:E2 -> {C2, E2} end),
    erlang:display(try get_a(id(atom)) catch C3:E3 -> {C3, E3} end),
    erlang:display(try set_b(id({s, 1})) catch C4:E4 -> {C4, E4} end),
    erlang:display(try set_b(id(#r{a = x})) catch C5:E5 -> {C5, E5} end),
    erlang:display(try #r{a = A} = id(#s{}), A catch C6:E6 -> {C6, E6} end).
