-module(big_pow).
-export([main/1]).
%% Large powers: 2^1000, 3^500, 7^333, (-5)^201 and relations between them.
pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
main(_) ->
    erlang:display(pow(2, 1000)),
    erlang:display(pow(3, 500)),
    erlang:display(pow(7, 333)),
    erlang:display(pow(-5, 201)),
    erlang:display(pow(10, 100) - 1),
    erlang:display(pow(2, 1000) =:= 1 bsl 1000),
    erlang:display(pow(2, 1000) div pow(2, 990)),
    erlang:display(pow(3, 500) rem pow(2, 64)),
    erlang:display(pow(12345678901234567890, 12)),
    erlang:display(pow(pow(2, 10), 100) - pow(2, 1000)),
    erlang:display(length(integer_to_list(pow(9, 999)))).
