-module(etf_used).
-export([main/1]).

%% binary_to_term's used option: reading a stream of encodings laid end
%% to end, plain and compressed, one at a time.

t(F) -> try F() catch C:R -> {C, R} end.

read_all(<<>>, Acc) -> lists:reverse(Acc);
read_all(B, Acc) ->
    {T, N} = binary_to_term(B, [used]),
    <<_:N/binary, Rest/binary>> = B,
    read_all(Rest, [{T, N} | Acc]).

main(_) ->
    Ts = [1, {a, b}, "string", <<"bin">>, lists:duplicate(100, x), #{k => v}, 1.5,
          -(1 bsl 70), [], 'é', lists:seq(1, 50)],
    Stream = iolist_to_binary([term_to_binary(T, O) || T <- Ts, O <- [[], [compressed]]]),
    erlang:display(byte_size(Stream)),
    R = read_all(Stream, []),
    erlang:display(R),
    erlang:display([T || {T, _} <- R] =:= lists:append([[T, T] || T <- Ts])),
    erlang:display(binary_to_term(<<131, 97, 7, 255>>, [used])),
    erlang:display(binary_to_term(<<131, 106>>, [used, used])),
    erlang:display(t(fun() -> binary_to_term(<<131, 106, 255, 255>>, [used, safe]) end)),
    erlang:display(t(fun() -> binary_to_term(<<131, 255, 106>>, [used]) end)),
    ok.
