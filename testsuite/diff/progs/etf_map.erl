-module(etf_map).
-export([main/1]).

%% Maps: MAP_EXT in key order (integers before floats), nested maps, the
%% deterministic option, and the maps binary_to_term refuses.

t(F) -> try F() catch C:R -> {C, R} end.

sum(B) -> lists:foldl(fun(X, A) -> (A * 31 + X) rem 1000000007 end, 0, binary_to_list(B)).

main(_) ->
    Ms = [#{}, #{a => 1}, #{b => 1, a => 2, c => 3}, #{1 => a, 1.0 => b, 2 => c, a => d, 0.5 => e},
          #{{} => t, [] => n, <<>> => b, "s" => l, #{} => m, -1 => i, 3.0 => f},
          #{k => #{k => #{k => #{}}}}, #{[1, 2] => {x, y}, <<"bin">> => [#{z => 1}]},
          maps:from_list([{I, I * I} || I <- lists:seq(1, 32)]),
          #{0.0 => zero}, #{-0.0 => zero}],
    lists:foreach(fun(M) ->
                          B = term_to_binary(M),
                          erlang:display(B),
                          erlang:display(term_to_binary(M, [deterministic]) =:= B),
                          erlang:display(binary_to_term(B) =:= M)
                  end, Ms),
    %% more than 32 keys: erl writes its hash order, unless deterministic
    Big = maps:from_list([{I, I} || I <- lists:seq(1, 40)] ++
                             [{1.0, f}, {a, b}, {{}, t}, {[], n}, {<<>>, bin}, {"k", v}]),
    D = term_to_binary(Big, [deterministic]),
    erlang:display({byte_size(D), sum(D)}),
    erlang:display(D),
    erlang:display(binary_to_term(D) =:= Big),
    erlang:display(byte_size(term_to_binary(Big)) =:= byte_size(D)),
    erlang:display(binary_to_term(term_to_binary(Big)) =:= Big),
    Huge = maps:from_list([{{k, I}, integer_to_list(I)} || I <- lists:seq(1, 5000)]),
    HD = term_to_binary(Huge, [deterministic]),
    erlang:display({byte_size(HD), sum(HD), binary_to_term(HD) =:= Huge}),
    P = fun(B) -> erlang:display(t(fun() -> X = binary_to_term(B), {X, term_to_binary(X)} end)) end,
    %% pairs in any order are read; equal keys are refused
    P(<<131,116,0,0,0,2,100,0,1,98,97,1,100,0,1,97,97,2>>),
    P(<<131,116,0,0,0,2,97,1,97,1,97,1,97,2>>),
    P(<<131,116,0,0,0,2,97,1,97,1,70,63,240,0,0,0,0,0,0,97,2>>),
    P(<<131,116,0,0,0,2,70,0,0,0,0,0,0,0,0,97,1,70,128,0,0,0,0,0,0,0,97,2>>),
    P(<<131,116,0,0,0,2,104,1,97,1,97,1,104,1,97,1,97,2>>),
    P(<<131,116,0,0,0,0>>),
    P(<<131,116,0,0,0,1,116,0,0,0,0,116,0,0,0,0>>),
    %% too few bytes for the pairs announced
    P(<<131,116,0,0,0,2,97,1,97,1,97,2>>),
    P(<<131,116,0,0,0,1,97,1>>),
    P(<<131,116,255,255,255,255,97,1,97,1>>),
    P(<<131,116,0,0>>),
    ok.
