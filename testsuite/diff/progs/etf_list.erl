-module(etf_list).
-export([main/1]).

%% Lists: STRING_EXT up to 65535 bytes, LIST_EXT beyond and for other
%% elements, improper lists, and the list encodings binary_to_term reads.

t(F) -> try F() catch C:R -> {C, R} end.

sum(B) -> lists:foldl(fun(X, A) -> (A * 31 + X) rem 1000000007 end, 0, binary_to_list(B)).

main(_) ->
    Ls = [[], [0], [255], [256], [-1], "abc", [1, 2 | 3], [a | b], [[]], [[], []],
          ["ab", "cd"], "abc" ++ [1000], [1, 2, a], [1.0], [1 | <<>>], [$a, $b | "c"],
          lists:duplicate(65535, $x), lists:duplicate(65536, $x), lists:seq(0, 255),
          lists:seq(1, 300), lists:duplicate(65535, 256), [x | lists:duplicate(70000, 1)],
          lists:duplicate(65534, 7) ++ [a], lists:duplicate(65535, 7) ++ improper],
    lists:foreach(fun(L) ->
                          B = term_to_binary(L),
                          erlang:display({byte_size(B), sum(B), binary:part(B, 0, min(12, byte_size(B)))}),
                          erlang:display(binary_to_term(B) =:= L)
                  end, Ls),
    %% 200000 elements, and a list nested 200000 deep
    Long = lists:seq(1, 200000),
    LB = term_to_binary(Long),
    erlang:display({byte_size(LB), sum(LB), binary_to_term(LB) =:= Long}),
    Deep = lists:foldl(fun(_, A) -> [A] end, [], lists:seq(1, 200000)),
    DB = term_to_binary(Deep),
    erlang:display({byte_size(DB), sum(DB), binary_to_term(DB) =:= Deep}),
    Tail = lists:foldl(fun(I, A) -> [I | A] end, end_, lists:seq(1, 100000)),
    TB = term_to_binary(Tail),
    erlang:display({byte_size(TB), sum(TB), binary_to_term(TB) =:= Tail}),
    P = fun(B) -> erlang:display(t(fun() -> X = binary_to_term(B), {X, term_to_binary(X)} end)) end,
    P(<<131,107,0,0>>),
    P(<<131,107,0,3,1,2,3>>),
    P(<<131,108,0,0,0,0,106>>),
    P(<<131,108,0,0,0,0,97,7>>),
    P(<<131,108,0,0,0,3,97,1,97,2,97,3,106>>),
    P(<<131,108,0,0,0,2,97,1,97,2,97,3>>),
    P(<<131,108,0,0,0,1,107,0,2,1,2,107,0,1,3>>),
    P(<<131,108,0,0,0,2,106,106,106>>),
    %% too short for what the header announces
    P(<<131,107,0,4,1,2,3>>),
    P(<<131,108,0,0,0,3,97,1,97,2,106>>),
    P(<<131,108,0,0,0,2,97,1,97,2>>),
    P(<<131,108,255,255,255,255,106>>),
    P(<<131,108,0,0,0>>),
    P(<<131,107,0>>),
    ok.
