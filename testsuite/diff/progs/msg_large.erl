-module(msg_large).
-export([main/1]).
%% Large messages are copied whole: a 1,000,000-element list, a
%% 100,000-element tuple and a 1,000-digit-ish bignum go to an echo
%% process and come back equal.
echo() ->
    receive
        {From, M} -> From ! {self(), M}, echo();
        stop -> ok
    end.
rt(P, M) ->
    P ! {self(), M},
    receive {P, Back} -> Back end.
main(_) ->
    P = spawn(fun echo/0),
    L = lists:seq(1, 1000000),
    L2 = rt(P, L),
    erlang:display({list, length(L2), lists:sum(L2), L2 =:= L}),
    T = list_to_tuple(lists:seq(1, 100000)),
    T2 = rt(P, T),
    erlang:display({tuple, tuple_size(T2), element(77777, T2), T2 =:= T}),
    B = pow(7, 1200),
    B2 = rt(P, B),
    erlang:display({bignum, B2 =:= B, B2 rem 1000003}),
    Nested = [{I, [I, {I}]} || I <- lists:seq(1, 50000)],
    N2 = rt(P, Nested),
    erlang:display({nested, N2 =:= Nested, length(N2)}),
    P ! stop,
    erlang:display(done).
pow(_, 0) -> 1;
pow(X, N) -> X * pow(X, N - 1).
