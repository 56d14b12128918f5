-module(pd_keys).
-export([main/1]).
%% get/0, get_keys/0, get_keys/1 and erase/0 (sorted before printing,
%% since their order is unspecified).
main(_) ->
    [put(K, V) || {K, V} <- [{a, 1}, {b, 2}, {c, 1}, {d, 3}, {e, 1}, {{x, 1}, 2}]],
    erlang:display(lists:sort(get_keys())),
    erlang:display(lists:sort(get_keys(1))),
    erlang:display(lists:sort(get_keys(2))),
    erlang:display(get_keys(nothing_has_this)),
    erlang:display(lists:sort(get())),
    Old = erase(),
    erlang:display(lists:sort(Old)),
    erlang:display(get()),
    erlang:display(get_keys()),
    put(after_erase, yes),
    erlang:display(get()).
