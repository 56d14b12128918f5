-module(cmp_big_float).
-export([main/1]).
%% Exactness of comparisons between bignums and floats near 2^53 and beyond.
id(X) -> X.
main(_) ->
    P53 = id(1 bsl 53),
    erlang:display(P53 == float(P53)),
    erlang:display(P53 + 1 == float(P53 + 1)),
    erlang:display(P53 + 1 > float(P53 + 1)),
    erlang:display(float(P53 + 1) == float(P53)),
    erlang:display(id(1 bsl 100) == id(1.2676506002282294e30)),
    erlang:display(id((1 bsl 100) + 1) > id(1.2676506002282294e30)),
    erlang:display(id((1 bsl 100) - 1) < id(1.2676506002282294e30)),
    erlang:display(id(1 bsl 1023) < id(1.7976931348623157e308)),
    erlang:display(id(1 bsl 1024) > id(1.7976931348623157e308)),
    erlang:display(id(-(1 bsl 1024)) < id(-1.7976931348623157e308)),
    erlang:display(lists:sort([1 bsl 64, 1.8446744073709552e19, (1 bsl 64) + 1, (1 bsl 64) - 1])),
    erlang:display(lists:sort([-(1 bsl 64), -1.8446744073709552e19, 0, -1.0e19])),
    erlang:display(max(id(1 bsl 64), id(1.8446744073709552e19))),
    erlang:display(min(id(1.8446744073709552e19), id(1 bsl 64))).
