-module(map_errors).
-export([main/1]).
%% Errors around maps: {badmap, T}, {badkey, K}, badarg from maps
%% functions, and a failed map match.
id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    erlang:display(t(fun() -> map_size(id([])) end)),
    erlang:display(t(fun() -> maps:get(k, id(#{})) end)),
    erlang:display(t(fun() -> maps:keys(id(nope)) end)),
    erlang:display(t(fun() -> (id(#{}))#{k := v} end)),
    erlang:display(t(fun() -> (id([]))#{k => v} end)),
    erlang:display(t(fun() -> maps:from_list(id([a])) end)),
    erlang:display(t(fun() -> #{k := V} = id(#{j => 1}), V end)),
    erlang:display(t(fun() -> maps:merge(id(#{}), id(x)) end)).
