-module(bs_map_keys).
-export([main/1]).
%% Binaries and bitstrings as map keys: a sub-binary, a heap binary, a
%% ProcBin and a literal with the same bytes are the same key; bitstrings
%% of odd lengths differ from their byte prefixes; maps keyed by binaries
%% through updates, matching, sorting and term_to_binary round trips.
id(X) -> X.

main(_) ->
    Long = id(binary:copy(<<"k">>, 100)),
    <<_:8, Sub:10/binary, _/binary>> = id(<<"xabcdefghijz">>),
    M0 = #{<<"abcdefghij">> => lit, <<>> => empty, <<1:1>> => one_bit, <<0:1>> => zero_bit,
           <<1>> => byte_one, Long => long, <<1, 2:3>> => odd},
    erlang:display(maps:get(Sub, M0)),
    erlang:display(maps:get(binary:copy(<<"k">>, 100), M0)),
    erlang:display(maps:get(<<1:1>>, M0)),
    erlang:display(maps:find(<<1:2>>, M0)),
    erlang:display(maps:find(<<1:8>>, M0)),
    <<_:3, Odd/bitstring>> = id(<<0:3, 1, 2:3>>),
    erlang:display({Odd, maps:get(Odd, M0)}),
    erlang:display(lists:sort(maps:to_list(maps:remove(Long, M0)))),
    erlang:display(map_size(M0)),
    M1 = M0#{Sub := updated, <<"new">> => 1},
    erlang:display({maps:get(<<"abcdefghij">>, M1), maps:get(<<"new">>, M1), map_size(M1)}),
    case M1 of
        #{<<"abcdefghij">> := V, <<>> := E} -> erlang:display({matched, V, E})
    end,
    %% many binary keys (a large map), counted and summed
    Big = maps:from_list([{<<I:32>>, I} || I <- lists:seq(1, 2000)]),
    erlang:display({map_size(Big), maps:get(<<1000:32>>, Big), maps:is_key(<<0:32>>, Big)}),
    Words = [<<"to">>, <<"be">>, <<"or">>, <<"not">>, <<"to">>, <<"be">>, <<"that">>, <<"is">>],
    Counts = lists:foldl(fun(W, Acc) -> maps:update_with(W, fun(C) -> C + 1 end, 1, Acc) end, #{}, Words),
    erlang:display(lists:sort(maps:to_list(Counts))),
    %% the term order of binary keys
    erlang:display(lists:sort([<<1:1>>, <<>>, <<0>>, <<0:7>>, <<1>>, <<0, 0>>, <<255>>, <<128:8, 1:1>>])),
    %% through the external term format
    Enc = term_to_binary(M0),
    erlang:display(binary_to_term(Enc) =:= M0),
    erlang:display(binary_to_term(term_to_binary(M1, [deterministic])) =:= M1),
    erlang:display(lists:sort(maps:keys(binary_to_term(term_to_binary(#{<<1:3>> => a, <<"b">> => b}))))),
    ok.
