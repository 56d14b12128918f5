-module(fun_info).
-export([main/1, ext/2]).
%% erlang:fun_info/2 for arity, module, name (of fun F/A and fun M:F/A),
%% type, and env length of closures.
local(X) -> X.
ext(A, B) -> {A, B}.
id(X) -> X.
main(_) ->
    L = fun local/1,
    E = fun fun_info:ext/2,
    B = fun erlang:length/1,
    Y = id(5),
    A = fun(X, Z) -> X + Y + Z end,
    erlang:display(erlang:fun_info(L, arity)),
    erlang:display(erlang:fun_info(L, module)),
    erlang:display(erlang:fun_info(L, name)),
    erlang:display(erlang:fun_info(L, type)),
    erlang:display(erlang:fun_info(E, arity)),
    erlang:display(erlang:fun_info(E, module)),
    erlang:display(erlang:fun_info(E, name)),
    erlang:display(erlang:fun_info(E, type)),
    erlang:display(erlang:fun_info(B, name)),
    erlang:display(erlang:fun_info(B, module)),
    erlang:display(erlang:fun_info(A, arity)),
    erlang:display(erlang:fun_info(A, module)),
    erlang:display(erlang:fun_info(A, type)),
    {env, Env} = erlang:fun_info(A, env),
    erlang:display(length(Env)),
    erlang:display(erlang:fun_info(fun() -> ok end, arity)),
    erlang:display(erlang:fun_info(fun lists:foldl/3, arity)).
