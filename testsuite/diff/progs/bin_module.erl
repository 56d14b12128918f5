-module(bin_module).
-export([main/1]).
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    S = <<"the quick brown fox jumps over the lazy dog">>,
    erlang:display([binary:at(S, 4), binary:first(S), binary:last(S), t(fun() -> binary:at(S, 100) end), t(fun() -> binary:first(<<>>) end)]),
    erlang:display([binary:part(S, 4, 5), binary:part(S, {10, -3}), t(fun() -> binary:part(S, 40, 10) end)]),
    erlang:display([binary:match(S, <<"o">>), binary:match(S, [<<"fox">>, <<"the">>]), binary:match(S, <<"cat">>),
                    binary:match(S, <<"o">>, [{scope, {13, 10}}]), binary:match(S, [<<"qu">>, <<"quick">>])]),
    erlang:display([binary:matches(S, <<"o">>), binary:matches(S, [<<"the">>, <<"o">>]), binary:matches(<<"aaaa">>, <<"aa">>),
                    binary:matches(S, <<"o">>, [{scope, {0, 20}}])]),
    erlang:display([binary:split(S, <<" ">>), binary:split(S, <<" ">>, [global]), binary:split(<<",a,,b,">>, <<",">>, [global, trim]),
                    binary:split(<<",a,,b,,">>, <<",">>, [global, trim_all]), binary:split(S, [<<"o">>, <<"e">>], [global])]),
    erlang:display([binary:replace(S, <<"o">>, <<"0">>), binary:replace(S, <<"o">>, <<"[]">>, [global, {insert_replaced, 1}])]),
    erlang:display([binary:copy(<<"ab">>), binary:copy(<<"ab">>, 3), binary:copy(<<>>, 5), t(fun() -> binary:copy(<<"a">>, -1) end)]),
    erlang:display([binary:decode_unsigned(<<1, 0>>), binary:decode_unsigned(<<1, 0>>, little), binary:decode_unsigned(<<>>),
                    binary:decode_unsigned(list_to_binary(lists:duplicate(20, 255)))]),
    erlang:display([binary:encode_unsigned(256), binary:encode_unsigned(256, little), binary:encode_unsigned(0),
                    binary:encode_unsigned(1 bsl 100), t(fun() -> binary:encode_unsigned(-1) end)]),
    erlang:display([binary:longest_common_prefix([<<"foobar">>, <<"foobaz">>, <<"fo">>]), binary:longest_common_suffix([<<"abcxyz">>, <<"xyz">>]),
                    binary:longest_common_prefix([<<"a">>]), t(fun() -> binary:longest_common_prefix([]) end)]),
    erlang:display([binary:bin_to_list(S, 4, 5), binary:list_to_bin([1, <<2>>, [3]]), binary:referenced_byte_size(binary:part(S, 1, 2))]),
    P = binary:compile_pattern([<<"fox">>, <<"dog">>]),
    erlang:display(binary:matches(S, P)),
    erlang:display([t(fun() -> binary:match(S, <<>>) end), t(fun() -> binary:match(S, []) end), t(fun() -> binary:match(abc, <<"a">>) end),
                    t(fun() -> binary:match(S, <<"a">>, [{scope, {40, 10}}]) end)]).
