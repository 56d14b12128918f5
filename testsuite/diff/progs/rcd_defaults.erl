-module(rcd_defaults).
-export([main/1]).
%% Record defaults that are expressions and other records, records with
%% many fields, _ = default for all unnamed fields, and records in lists.
-record(inner, {v = 1 + 2, tag = inner}).
-record(outer, {id, inner = #inner{}, items = lists:seq(1, 3), name = "outer" ++ "!"}).
-record(wide, {f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12}).
main(_) ->
    erlang:display(#outer{id = 1}),
    erlang:display(#outer{id = 2, inner = #inner{v = 0}}),
    W = #wide{f1 = a, f12 = z, _ = blank},
    erlang:display(W),
    erlang:display(W#wide.f6),
    erlang:display(tuple_size(W)),
    Rs = [#inner{v = I} || I <- lists:seq(1, 5)],
    erlang:display(lists:sum([R#inner.v || R <- Rs])),
    erlang:display(lists:keyfind(3, #inner.v, Rs)),
    erlang:display(lists:keysort(#inner.v, [#inner{v = 3}, #inner{v = 1}, #inner{v = 2}])).
