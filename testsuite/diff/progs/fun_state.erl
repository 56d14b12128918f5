-module(fun_state).
-export([main/1]).
%% Objects from closures: a stack and a bank account represented as funs
%% dispatching on messages, with state threaded through new closures.
stack(Items) ->
    fun(push, X) -> stack([X | Items]);
       (pop, _) -> case Items of [] -> {empty, stack([])}; [H | T] -> {H, stack(T)} end;
       (peek, _) -> Items;
       (size, _) -> length(Items)
    end.
account(Bal) ->
    fun({deposit, N}) when N > 0 -> {ok, account(Bal + N)};
       ({withdraw, N}) when N =< Bal -> {ok, account(Bal - N)};
       ({withdraw, _}) -> {insufficient, account(Bal)};
       (balance) -> Bal
    end.
main(_) ->
    S0 = stack([]),
    S1 = (S0(push, a))(push, b),
    S2 = S1(push, c),
    erlang:display(S2(peek, x)),
    erlang:display(S2(size, x)),
    {Top, S3} = S2(pop, x),
    erlang:display({Top, S3(peek, x)}),
    {_, S4} = S3(pop, x), {_, S5} = S4(pop, x), {E, _} = S5(pop, x),
    erlang:display(E),
    A0 = account(100),
    {ok, A1} = A0({deposit, 50}),
    {R, A2} = A1({withdraw, 500}),
    {ok, A3} = A2({withdraw, 120}),
    erlang:display({R, A1(balance), A2(balance), A3(balance)}),
    erlang:display(try A3({deposit, -5}) catch error:Why -> Why end).
