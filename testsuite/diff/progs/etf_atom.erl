-module(etf_atom).
-export([main/1]).

%% Atoms: Latin-1 and UTF-8 forms at each minor_version, the longest
%% atoms, and the four atom encodings binary_to_term reads.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Atoms = [a, abc, '', 'hello world', 'é', 'naïve', list_to_atom([255]),
             list_to_atom([256]), list_to_atom([16#3B1, 16#3B2]), list_to_atom([16#1F600]),
             list_to_atom([0]), list_to_atom("ab" ++ [16#20AC]),
             list_to_atom(lists:duplicate(255, $z)), list_to_atom(lists:duplicate(255, 16#E9)),
             list_to_atom(lists:duplicate(85, 16#20AC)), list_to_atom(lists:duplicate(86, 16#20AC)),
             list_to_atom(lists:duplicate(255, 16#3B1))],
    lists:foreach(fun(A) ->
                          [begin
                               B = term_to_binary(A, [{minor_version, V}]),
                               erlang:display({V, byte_size(B), binary:part(B, 0, min(8, byte_size(B)))}),
                               A = binary_to_term(B)
                           end || V <- [0, 1, 2]],
                          erlang:display(term_to_binary(A) =:= term_to_binary(A, [{minor_version, 1}]))
                  end, Atoms),
    erlang:display(term_to_binary([abc, 'é', list_to_atom([16#3B1])])),
    erlang:display(term_to_binary([abc, 'é', list_to_atom([16#3B1])], [{minor_version, 2}])),
    P = fun(B) -> erlang:display(t(fun() -> X = binary_to_term(B), {X, term_to_binary(X)} end)) end,
    P(<<131,100,0,3,"abc">>),
    P(<<131,115,3,"abc">>),
    P(<<131,118,0,3,"abc">>),
    P(<<131,119,3,"abc">>),
    P(<<131,100,0,1,233>>),
    P(<<131,115,1,233>>),
    P(<<131,119,2,195,169>>),
    P(<<131,118,0,2,195,169>>),
    P(<<131,119,4,240,159,152,128>>),
    P(<<131,119,1,0>>),
    P(<<131,100,0,0>>),
    P(<<131,119,0>>),
    %% bad UTF-8: a lone continuation byte, an overlong form, a surrogate,
    %% beyond U+10FFFF, a truncated sequence, 0xFF
    [P(B) || B <- [<<131,119,1,128>>, <<131,119,2,192,128>>, <<131,119,2,193,129>>,
                   <<131,119,3,224,128,128>>, <<131,119,3,237,160,128>>,
                   <<131,119,4,244,144,128,128>>, <<131,119,2,226,130>>, <<131,119,1,255>>,
                   <<131,118,0,2,255,254>>, <<131,119,4,248,136,128,128>>]],
    %% the longest atoms: 255 characters, in Latin-1 or UTF-8
    P255 = fun(B) -> erlang:display(t(fun() -> X = binary_to_term(B), {atom_length(X), byte_size(term_to_binary(X))} end)) end,
    P255(<<131,100,0,255,(binary:copy(<<"q">>, 255))/binary>>),
    P255(<<131,100,1,0,(binary:copy(<<"q">>, 256))/binary>>),
    P255(<<131,118,1,254,(binary:copy(<<206,177>>, 255))/binary>>),
    P255(<<131,118,2,0,(binary:copy(<<206,177>>, 256))/binary>>),
    P255(<<131,119,255,(binary:copy(<<"q">>, 255))/binary>>),
    P255(<<131,118,3,252,(binary:copy(<<240,159,152,128>>, 255))/binary>>),
    P255(<<131,118,4,0,(binary:copy(<<240,159,152,128>>, 256))/binary>>),
    %% truncated
    P(<<131,100,0,4,"abc">>),
    P(<<131,119,4,"abc">>),
    P(<<131,100,0>>),
    P(<<131,115>>),
    ok.

atom_length(A) -> length(atom_to_list(A)).
