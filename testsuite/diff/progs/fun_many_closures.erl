-module(fun_many_closures).
-export([main/1]).
%% Creating many closures: 100,000 funs each capturing its own value,
%% stored in a list and all called; funs capturing funs.
main(_) ->
    Fs = [fun(X) -> X + I end || I <- lists:seq(1, 100000)],
    erlang:display(length(Fs)),
    erlang:display(lists:sum([F(1) || F <- Fs])),
    Chain = lists:foldl(fun(I, G) -> fun(X) -> G(X) * 2 + I rem 3 end end, fun(X) -> X end, lists:seq(1, 50)),
    erlang:display(Chain(1)),
    Table = list_to_tuple([fun(X) -> X * I end || I <- lists:seq(0, 9)]),
    erlang:display([(element(I + 1, Table))(I) || I <- lists:seq(0, 9)]).
