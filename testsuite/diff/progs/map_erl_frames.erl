-module(map_erl_frames).
-export([main/1]).
%% Errors that maps.erl's own Erlang code raises (maps:next, iterator,
%% to_list, fold, map, get/3, update_with): erlang:error/3 with the
%% arguments and [{error_info, #{module => erl_stdlib_errors}}], so the
%% top frame is the maps function with its arguments, and its location
%% list ends with that error_info.
id(X) -> X.
top(F) ->
    try F() of
        V -> {value, V}
    catch
        C:R:St -> [Top, Next | _] = St, {C, R, clean(Top), Next}
    end.
%% Funs print differently from one run-time to another: hide them.
clean({M, F, Args, Info}) when is_list(Args) ->
    {M, F, [case is_function(A) of true -> 'fun'; false -> A end || A <- Args], Info};
clean(Frame) -> Frame.
main(_) ->
    erlang:display(top(fun() -> maps:next(id(foo)) end)),
    erlang:display(top(fun() -> maps:iterator(id(foo)) end)),
    erlang:display(top(fun() -> maps:to_list(id(foo)) end)),
    erlang:display(top(fun() -> maps:fold(fun(_, _, A) -> A end, 0, id(foo)) end)),
    erlang:display(top(fun() -> maps:map(fun(_, V) -> V end, id(foo)) end)),
    erlang:display(top(fun() -> maps:update_with(k, fun(V) -> V end, id(#{})) end)),
    erlang:display(top(fun() -> maps:get(k, id(foo), default) end)).
