-module(msg_funs).
-export([main/1, triple/1]).
%% Funs in messages: closures with captured values, external funs and
%% funs that capture other funs are sent to a worker that calls them and
%% sends back the results; a fun that comes back is still callable.
triple(X) -> 3 * X.
worker() ->
    receive
        {From, make_adder, N} -> From ! {self(), fun(X) -> X + N end}, worker();
        {From, F, Args} -> From ! {self(), apply(F, Args)}, worker();
        stop -> ok
    end.
call(P, F, Args) ->
    P ! {self(), F, Args},
    receive {P, R} -> R end.
main(_) ->
    P = spawn(fun worker/0),
    K = 1 bsl 65,
    erlang:display({closure, call(P, fun(X) -> X + K end, [1])}),
    erlang:display({external, call(P, fun ?MODULE:triple/1, [14])}),
    erlang:display({bif, call(P, fun erlang:tuple_size/1, [{a, b, c}])}),
    G = fun(X) -> X * 2 end,
    H = fun(X) -> G(G(X)) + 1 end,
    erlang:display({nested, call(P, H, [10])}),
    erlang:display({lists_map, call(P, fun lists:map/2, [H, [1, 2, 3]])}),
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    erlang:display({recursive, call(P, Fact, [25])}),
    P ! {self(), make_adder, 100},
    Add = receive {P, A} -> A end,
    erlang:display({returned_fun, is_function(Add, 1), Add(5)}),
    erlang:display({in_data, call(P, fun(L) -> [F2(1) || F2 <- L] end, [[G, H, Add]])}),
    P ! stop,
    erlang:display(done).
