-module(pd_basic).
-export([main/1]).
%% The process dictionary: put returns the old value, get of a missing key
%% is undefined, erase returns the old value; any term can be a key.
main(_) ->
    erlang:display(get(missing)),
    erlang:display(put(a, 1)),
    erlang:display(put(a, 2)),
    erlang:display(get(a)),
    erlang:display(put({tuple, key}, [list, value])),
    erlang:display(get({tuple, key})),
    erlang:display(put("string key", 3.5)),
    erlang:display(get("string key")),
    erlang:display(put(42, forty_two)),
    erlang:display(get(42)),
    erlang:display(get(42.0)),
    erlang:display(erase(a)),
    erlang:display(erase(a)),
    erlang:display(get(a)),
    erlang:display(put(undefined, undefined)),
    erlang:display(get(undefined)),
    erlang:display(lists:sort(get())).
