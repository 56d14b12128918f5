-module(int_div_rem).
-export([main/1]).
%% div and rem with all sign combinations; rem takes the dividend's sign.
id(X) -> X.
main(_) ->
    Pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7},
             {100, 10}, {-100, 10}, {1, 1}, {-1, 1}],
    erlang:display([{A div B, A rem B} || {A, B} <- Pairs]),
    erlang:display(id(-576460752303423488) div id(-1)),
    erlang:display(id(-576460752303423488) rem id(-1)),
    erlang:display(id(-9223372036854775808) div id(-1)),
    erlang:display(id(1000000000000000000000) div id(7)),
    erlang:display(id(1000000000000000000000) rem id(7)),
    erlang:display(id(-1000000000000000000000) div id(7)),
    erlang:display(id(-1000000000000000000000) rem id(7)),
    erlang:display(id(1000000000000000000000) div id(1000000000000)),
    erlang:display(id(12345) div id(1000000000000000000000)),
    erlang:display(id(-12345) rem id(1000000000000000000000)),
    erlang:display([N rem 3 || N <- lists:seq(-6, 6)]),
    erlang:display([N div 3 || N <- lists:seq(-6, 6)]).
