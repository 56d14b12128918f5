-module(rcd_basic).
-export([main/1]).
%% Records: creation with defaults, field access, update, record_info,
%% and that a record is just a tagged tuple.
-record(person, {name, age = 0, email = "none", tags = []}).
main(_) ->
    P = #person{name = "Ann"},
    erlang:display(P),
    erlang:display(P#person.name),
    erlang:display(P#person.age),
    P2 = P#person{age = 31, tags = [admin]},
    erlang:display(P2),
    erlang:display(P2#person.tags),
    erlang:display(#person.age),
    erlang:display(record_info(fields, person)),
    erlang:display(record_info(size, person)),
    erlang:display(tuple_to_list(P2)),
    erlang:display(P2 =:= {person, "Ann", 31, "none", [admin]}),
    erlang:display(element(#person.email, P2)),
    erlang:display(#person{}),
    erlang:display([X#person.name || X <- [P, P2#person{name = "Bob"}]]).
