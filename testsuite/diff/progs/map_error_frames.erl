-module(map_error_frames).
-export([main/1]).
%% Map errors with the top of their stack trace: the update syntax and
%% failed map matches raise from the function itself (with its line);
%% erlang:map_size/map_get/is_map_key (also maps:get/2, maps:is_key/2
%% and maps:size/1, which the compiler turns into those) raise with the
%% BIF's frame, its arguments and error_info, then the caller's frame.
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
upd_exact(M) -> M#{k := v}.
upd_assoc(M) -> M#{k => v}.
upd_two(M) -> M#{a := 1, b := 2}.
match_key(M) -> #{k := V} = M, V.
head(#{k := V}) -> V.
main(_) ->
    erlang:display(top(fun() -> upd_exact(id(#{})) end)),
    erlang:display(top(fun() -> upd_exact(id(not_a_map)) end)),
    erlang:display(top(fun() -> upd_assoc(id([])) end)),
    erlang:display(top(fun() -> upd_two(id(#{b => 0})) end)),
    erlang:display(top(fun() -> upd_two(id(#{})) end)),
    erlang:display(top(fun() -> match_key(id(#{j => 1})) end)),
    erlang:display(top(fun() -> match_key(id(x)) end)),
    erlang:display(top(fun() -> head(id(#{})) end)),
    erlang:display(top(fun() -> map_size(id([])) end)),
    erlang:display(top(fun() -> map_get(a, id(#{})) end)),
    erlang:display(top(fun() -> map_get(a, id(x)) end)),
    erlang:display(top(fun() -> is_map_key(a, id(x)) end)),
    erlang:display(top(fun() -> maps:get(k, id(#{})) end)),
    erlang:display(top(fun() -> maps:get(k, id(x)) end)),
    erlang:display(top(fun() -> maps:is_key(k, id(x)) end)),
    erlang:display(top(fun() -> maps:size(id(x)) end)),
    erlang:display(top(fun() -> erts_internal:map_next(id(99), #{}, []) end)),
    erlang:display(top(fun() -> erts_internal:map_next(0, #{}, id(foo)) end)),
    erlang:display(top(fun() -> apply(erlang, map_get, [k, id(#{})]) end)),
    erlang:display(top(fun() -> (id(#{}))#{id(k) := 1} end)),
    erlang:display(top(fun() -> (id(#{k => 0}))#{id(k) := 1} end)).
