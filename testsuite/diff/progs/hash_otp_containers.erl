-module(hash_otp_containers).
-export([main/1]).
%% queue, array and orddict holding phash2 values: their structures
%% printed as they are (queue's two lists, array's tuples of 10, orddict's
%% list), folds and conversions, and phash2 of each container.
id(X) -> X.
main(_) ->
    Hs = [erlang:phash2(K, 1000) || K <- lists:seq(1, 25)],
    Q = lists:foldl(fun queue:in/2, queue:new(), Hs),
    erlang:display({queue, Q, queue:len(Q), erlang:phash2(Q)}),
    {{value, H1}, Q1} = queue:out(Q),
    {{value, T1}, Q2} = queue:out_r(Q1),
    erlang:display({outs, H1, T1, Q2, queue:to_list(queue:reverse(Q2))}),
    erlang:display({queue_ops, queue:to_list(queue:filter(fun(X) -> X rem 2 =:= 0 end, Q)),
                    queue:member(id(hd(Hs)), Q), queue:to_list(queue:join(Q2, queue:from_list([x, y])))}),
    A = array:from_list(Hs),
    erlang:display({array, A, array:size(A), erlang:phash2(A)}),
    A2 = array:set(40, last, array:set(3, three, A)),
    erlang:display({array_set, array:to_orddict(A2), array:sparse_size(A2), array:get(39, A2)}),
    erlang:display({array_fold, array:foldl(fun(I, V, Acc) when is_integer(V) -> Acc + I * V;
                                               (_, _, Acc) -> Acc end, 0, A2)}),
    erlang:display({array_resize, array:resize(5, A), array:to_list(array:map(fun(I, V) -> {I, V} end,
                                                                           array:resize(4, A)))}),
    O = lists:foldl(fun(K, D) -> orddict:store(erlang:phash2(K, 50), K, D) end, orddict:new(),
                    [a, b, c, 1, 2, 3, "s", {t}, <<"b">>, 1.0, [x | y]]),
    erlang:display({orddict, O, erlang:phash2(O)}),
    O2 = orddict:update_counter(id(7), 3, orddict:merge(fun(_, X, Y) -> {X, Y} end, O,
                                                       orddict:from_list([{K, m} || K <- lists:seq(0, 49, 7)]))),
    erlang:display({orddict_merged, O2, orddict:fetch_keys(O2), orddict:find(id(14), O2)}).
