-module(map_stdlib_frames).
-export([main/1]).
%% The BIFs of module maps raise with their own frame, their arguments
%% and [{error_info, #{module => erl_stdlib_errors}}] (not erl_erts_errors
%% as erlang's BIFs), then the caller's frame.
id(X) -> X.
top(F) ->
    try F() of
        V -> {value, V}
    catch
        C:R:St -> [Top, Next | _] = St, {C, R, Top, Next}
    end.
main(_) ->
    erlang:display(top(fun() -> maps:find(k, id(x)) end)),
    erlang:display(top(fun() -> maps:keys(id(x)) end)),
    erlang:display(top(fun() -> maps:values(id(x)) end)),
    erlang:display(top(fun() -> maps:from_list(id([a])) end)),
    erlang:display(top(fun() -> maps:from_list(id([{a, 1} | b])) end)),
    erlang:display(top(fun() -> maps:from_keys(id(x), 1) end)),
    erlang:display(top(fun() -> maps:merge(id(#{}), id(x)) end)),
    erlang:display(top(fun() -> maps:merge(id(y), id(x)) end)),
    erlang:display(top(fun() -> maps:put(a, 1, id(x)) end)),
    erlang:display(top(fun() -> maps:update(a, 1, id(x)) end)),
    erlang:display(top(fun() -> maps:update(a, 1, id(#{})) end)),
    erlang:display(top(fun() -> maps:remove(a, id(x)) end)),
    erlang:display(top(fun() -> maps:take(a, id(x)) end)),
    erlang:display(top(fun() -> apply(maps, get, [k, id(#{})]) end)),
    erlang:display(top(fun() -> apply(maps, find, [k, id(x)]) end)).
