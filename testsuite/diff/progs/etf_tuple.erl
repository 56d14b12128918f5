-module(etf_tuple).
-export([main/1]).

%% Tuples: small and large, nested, empty, and deep nesting both ways.

t(F) -> try F() catch C:R -> {C, R} end.

nest(0, T) -> T;
nest(N, T) -> nest(N - 1, {N, T}).

sum(B) -> lists:foldl(fun(X, A) -> (A * 31 + X) rem 1000000007 end, 0, binary_to_list(B)).

main(_) ->
    Ts = [{}, {a}, {1, 2}, {{}, {{}}}, {a, {b, {c, {d}}}}, {[], "", <<>>},
          list_to_tuple(lists:seq(1, 255)), list_to_tuple(lists:seq(1, 256)),
          list_to_tuple(lists:duplicate(70000, x))],
    lists:foreach(fun(T) ->
                          B = term_to_binary(T),
                          erlang:display({tuple_size(T), byte_size(B), sum(B),
                                          binary:part(B, 0, min(12, byte_size(B)))}),
                          erlang:display(binary_to_term(B) =:= T)
                  end, Ts),
    erlang:display(term_to_binary({a, {1, 2.5}, "s", [x | y]})),
    %% 100000 levels of nesting, encoded and decoded
    Deep = nest(100000, leaf),
    DB = term_to_binary(Deep),
    erlang:display({byte_size(DB), sum(DB)}),
    erlang:display(binary_to_term(DB) =:= Deep),
    erlang:display(binary_to_term(term_to_binary(Deep, [compressed])) =:= Deep),
    %% LARGE_TUPLE_EXT for small arities, SMALL_TUPLE_EXT of 0
    P = fun(B) -> erlang:display(t(fun() -> X = binary_to_term(B), {X, term_to_binary(X)} end)) end,
    P(<<131,105,0,0,0,0>>),
    P(<<131,105,0,0,0,2,97,1,97,2>>),
    P(<<131,104,0>>),
    %% arities that the bytes cannot hold
    P(<<131,104,3,97,1,97,2>>),
    P(<<131,105,0,0,0,3,106,106>>),
    P(<<131,105,255,255,255,255,106>>),
    P(<<131,104,255>>),
    P(<<131,104>>),
    P(<<131,105,0,0>>),
    ok.
