-module(hamt_large).
-export([main/1]).
%% A map grown to 200,000 keys one put at a time (the collector moves the
%% trie many times), looked up, shrunk by half and folded; the first keys
%% of maps:keys are erl's order.
put_n(N, N, M) -> M;
put_n(I, N, M) -> put_n(I + 1, N, M#{I => I * 2}).
del_n(I, N, M) when I >= N -> M;
del_n(I, N, M) -> del_n(I + 2, N, maps:remove(I, M)).
main(_) ->
    M = put_n(0, 200000, #{}),
    erlang:display(map_size(M)),
    erlang:display(lists:sum([maps:get(K, M) || K <- lists:seq(0, 199999, 997)])),
    H = del_n(0, 200000, M),
    erlang:display(map_size(H)),
    erlang:display(maps:fold(fun(K, V, A) -> A + K + V end, 0, H)),
    erlang:display(lists:sublist(maps:keys(H), 20)),
    erlang:display(lists:sublist(maps:to_list(M), 10)),
    F = maps:from_list([{integer_to_binary(I), I} || I <- lists:seq(1, 50000)]),
    erlang:display(maps:get(<<"31337">>, F)),
    erlang:display(lists:sublist(maps:keys(F), 10)),
    erlang:display(maps:merge(H, F) =:= maps:merge(F, H)),
    erlang:display(map_size(maps:merge(M, H))),
    ok.
