-module(onload_order).
-export([main/1]).
%% -on_load(F): F runs when the module is loaded, before main/1, in a
%% process of its own (its process dictionary is not main's); returning
%% ok completes the load.  F need not be exported.
-on_load(setup/0).

setup() ->
    erlang:display({on_load, get(key)}),
    put(key, set_in_on_load),
    erlang:display({on_load, get(key)}),
    ok.

main(_) ->
    erlang:display({main, get(key)}),
    erlang:display(lists:sum([1, 2, 3])).
