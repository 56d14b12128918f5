-module(etf_safe).
-export([main/1]).

%% binary_to_term's safe option: atoms must exist already, wherever they
%% are (alone, in structures, as an export's module or function, as a
%% node), in any of the four atom encodings; without safe they are made.

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

exists(Name) -> try list_to_existing_atom(Name) of _ -> true catch error:badarg -> false end.

main(_) ->
    Names = ["zq_etf_never_a", "zq_etf_never_b", "zq_etf_never_c", "zq_etf_never_d"],
    erlang:display([exists(N) || N <- Names]),
    [A, B, C, D] = [list_to_binary(N) || N <- Names],
    Atom = fun(Bin) -> <<100, (byte_size(Bin)):16, Bin/binary>> end,
    Encs = [<<131, (Atom(A))/binary>>,
            <<131, 115, (byte_size(B)), B/binary>>,
            <<131, 118, (byte_size(C)):16, C/binary>>,
            <<131, 119, (byte_size(D)), D/binary>>],
    [erlang:display(t(fun() -> binary_to_term(E, [safe]) end)) || E <- Encs],
    erlang:display([exists(N) || N <- Names]),
    [erlang:display(t(fun() -> binary_to_term(E) end)) || E <- Encs],
    erlang:display([exists(N) || N <- Names]),
    [erlang:display(t(fun() -> binary_to_term(E, [safe]) end)) || E <- Encs],
    %% inside structures
    New = <<"zq_etf_never_e">>,
    NA = Atom(New),
    Inside = [<<131, 104, 2, 97, 1, NA/binary>>,
              <<131, 108, 0, 0, 0, 1, 97, 1, NA/binary>>,
              <<131, 116, 0, 0, 0, 1, NA/binary, 97, 1>>,
              <<131, 116, 0, 0, 0, 1, 97, 1, NA/binary>>,
              <<131, 113, NA/binary, 100, 0, 1, "f", 97, 0>>,
              <<131, 113, 100, 0, 5, "lists", NA/binary, 97, 0>>,
              %% {zq_etf_never_e} compressed
              <<131, 80, 0, 0, 0, 19, 120, 156, 203, 96, 76, 97, 224, 171, 42, 140, 79, 45, 73,
                139, 207, 75, 45, 75, 45, 138, 79, 5, 0, 59, 88, 6, 168>>],
    [erlang:display(t(fun() -> binary_to_term(E, [safe]) end)) || E <- Inside],
    [erlang:display(t(fun() -> binary_to_term(E, [safe, used]) end)) || E <- Inside],
    %% a node that does not exist (a pid of another node, once it does,
    %% is a term erl makes and beamc cannot: docs/ARCHITECTURE.md)
    erlang:display(t(fun() -> binary_to_term(<<131, 88, NA/binary, 0:96>>, [safe]) end)),
    erlang:display(exists("zq_etf_never_e")),
    erlang:display(t(fun() -> binary_to_term(lists:nth(1, Inside)) end)),
    erlang:display(exists("zq_etf_never_e")),
    [erlang:display(t(fun() -> binary_to_term(E, [safe]) end)) || E <- Inside],
    %% atoms that exist, in Latin-1 and UTF-8 ('þý' only once it is made)
    Thorn = [<<131, 100, 0, 2, 254, 253>>, <<131, 119, 4, 195, 190, 195, 189>>,
             <<131, 115, 2, 254, 253>>],
    [erlang:display(t(fun() -> binary_to_term(E, [safe]) end)) || E <- Thorn],
    erlang:display(list_to_atom(id([254, 253]))),
    [erlang:display(t(fun() -> binary_to_term(E, [safe]) end)) || E <- Thorn],
    [erlang:display(t(fun() -> binary_to_term(E, [safe]) end))
     || E <- [<<131, 100, 0, 1, 233>>, <<131, 119, 2, 195, 169>>, <<131, 100, 0, 2, "ok">>,
              <<131, 115, 5, "false">>, term_to_binary([ok, error, {true}]),
              term_to_binary(#{safe => used}, [{minor_version, 2}])]],
    ok.
