-module(etf_compressed).
-export([main/1]).

%% The compressed form: zlib at every level, erl's rule for when it is
%% kept (the stream must fit in the plain size less five bytes), large
%% terms, and compressed inputs binary_to_term refuses.

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

sum(B) -> lists:foldl(fun(X, A) -> (A * 31 + X) rem 1000000007 end, 0, binary_to_list(B)).

main(_) ->
    T1 = {lists:duplicate(100, 7), <<"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">>, abc},
    [erlang:display({L, term_to_binary(T1, [{compressed, L}])}) || L <- lists:seq(0, 9)],
    erlang:display(term_to_binary(T1, [compressed]) =:= term_to_binary(T1, [{compressed, 6}])),
    erlang:display(term_to_binary(T1, [compressed, {compressed, 2}]) =:= term_to_binary(T1, [{compressed, 2}])),
    erlang:display(term_to_binary(T1, [{compressed, 2}, compressed]) =:= term_to_binary(T1, [{compressed, 6}])),
    %% small terms stay plain; around the boundary erl keeps the form
    %% whose stream fits in five bytes less than the plain encoding
    [erlang:display({N, term_to_binary(lists:duplicate(N, 1), [compressed])}) || N <- lists:seq(0, 14)],
    [begin
         B = list_to_binary([(I * 7 + J * 13) rem 5 || J <- lists:seq(1, I)]),
         C = term_to_binary(B, [compressed]),
         erlang:display({I, byte_size(C), binary:at(C, 1)}),
         B = binary_to_term(C)
     end || I <- lists:seq(1, 60)],
    %% a large term at each level
    Big = {lists:seq(1, 30000), [integer_to_list(I) || I <- lists:seq(1, 3000)],
           binary:copy(<<"0123456789abcdef">>, 4000), maps:from_list([{I, I} || I <- lists:seq(1, 30)])},
    [begin
         C = term_to_binary(Big, [{compressed, L}]),
         erlang:display({L, byte_size(C), sum(C)}),
         Big = binary_to_term(C)
     end || L <- [1, 6, 9]],
    %% the compressed form with the minor versions
    Mixed = [1.5, 'é', list_to_atom([16#3B1]), "text", lists:duplicate(50, abc)],
    [erlang:display(term_to_binary(Mixed, [compressed, {minor_version, V}])) || V <- [0, 1, 2]],
    %% reading: sizes that do not match, nested compression, bad streams
    %% (the zlib streams below are zlib:compress/1 of <<97,1,2,3>>,
    %% <<80,0,0,0,0,0>>, <<131,1>>, <<>> and <<97,1>>)
    C1 = term_to_binary(lists:duplicate(100, 7), [compressed]),
    <<H:2/binary, _:32, Rest/binary>> = C1,
    P = fun(B) -> erlang:display(t(fun() -> X = binary_to_term(B), {length_of(X), byte_size(term_to_binary(X))} end)) end,
    P(C1),
    P(<<H/binary, 0, 0, 0, 99, Rest/binary>>),
    P(<<H/binary, 0, 0, 0, 104, Rest/binary>>),
    P(<<H/binary, 255, 255, 255, 255, Rest/binary>>),
    P(<<H/binary, 0, 0, 0, 0, Rest/binary>>),
    P(binary:part(C1, 0, byte_size(C1) - 1)),
    P(<<C1/binary, 7, 7>>),
    P(<<131, 80, 0, 0, 0, 4, 120,156,75,100,100,98,6,0,1,146,0,104>>),
    P(<<131, 80, 0, 0, 0, 6, 120,156,11,96,0,1,0,1,230,0,81>>),
    P(<<131, 80, 0, 0, 0, 2, 120,156,107,102,4,0,1,9,0,133>>),
    P(<<131, 80, 0, 0, 0, 0, 120,156,3,0,0,0,0,1>>),
    P(<<131, 80, 0, 0, 0, 2>>),
    P(<<131, 80, 0, 0>>),
    P(<<131, 80>>),
    P(<<131, 80, 0, 0, 0, 2, 120, 156, 1, 2, 3, 4, 5, 6>>),
    %% a declared size far beyond what the stream could make
    P(<<131, 80, 127, 255, 255, 255, 120,156,75,100,4,0,0,197,0,99>>),
    erlang:display(t(fun() -> binary_to_term(<<C1/binary, 1, 2, 3>>, [used]) end)),
    erlang:display(t(fun() -> binary_to_term(id(C1), [used]) end)),
    ok.

length_of(X) when is_list(X) -> length(X);
length_of(X) -> X.
