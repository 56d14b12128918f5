-module(hash_otp_dict).
-export([main/1]).
%% Module dict, which places keys by erlang:phash/2: the order of
%% to_list, fetch_keys and fold is erl's, as is the whole structure
%% (printed as it is) while it grows, shrinks, merges and is filtered.
id(X) -> X.
keys(N) -> [case K rem 5 of
                0 -> K;
                1 -> list_to_atom("k" ++ integer_to_list(K));
                2 -> integer_to_list(K);
                3 -> {K, K rem 7};
                4 -> <<K:24>>
            end || K <- lists:seq(1, N)].
main(_) ->
    D0 = dict:new(),
    D1 = lists:foldl(fun(K, D) -> dict:store(K, erlang:phash2(K), D) end, D0, keys(60)),
    erlang:display({size, dict:size(D1)}),
    erlang:display({to_list, dict:to_list(D1)}),
    erlang:display({fetch_keys, dict:fetch_keys(D1)}),
    erlang:display({fold, dict:fold(fun(K, V, Acc) -> [{V, K} | Acc] end, [], D1)}),
    erlang:display({small, dict:from_list([{a, 1}, {b, 2}, {c, 3}, {1, x}, {"s", y}])}),
    D2 = lists:foldl(fun(K, D) -> dict:erase(K, D) end, D1, lists:sublist(keys(60), 1, 45)),
    erlang:display({erased, dict:to_list(D2), D2}),
    D3 = lists:foldl(fun(K, D) -> dict:update_counter(K rem 13, K, D) end, dict:new(), lists:seq(1, 300)),
    erlang:display({counters, dict:to_list(D3)}),
    D4 = dict:merge(fun(_, A, B) -> A + B end, D3, dict:from_list([{K, 1000} || K <- lists:seq(10, 20)])),
    erlang:display({merged, dict:to_list(D4)}),
    D5 = dict:filter(fun(K, _) -> is_integer(K) andalso K rem 2 =:= 0 end, D4),
    erlang:display({filtered, dict:to_list(dict:map(fun(_, V) -> -V end, D5))}),
    D6 = lists:foldl(fun(K, D) -> dict:append(K rem 4, K, D) end, dict:new(), lists:seq(1, 20)),
    erlang:display({appended, dict:to_list(D6)}),
    Big = dict:from_list([{K, K} || K <- lists:seq(1, 2000)]),
    erlang:display({big, dict:size(Big), lists:sublist(dict:to_list(Big), 40), dict:find(1234, Big),
                    dict:is_key(id(2001), Big)}).
