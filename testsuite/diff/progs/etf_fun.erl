-module(etf_fun).
-export([main/1, add/2]).

%% Funs: EXPORT_EXT, and closures in NEW_FUN_EXT with the module's MD5,
%% index, old uniq and free variables (the creator pid, which differs
%% between runs, is masked), and decoding: the decoded funs are called.

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

add(A, B) -> A + B.

%% The encoding with the 12 bytes after each pid's node (number, serial,
%% creation) zeroed.
mask(B) ->
    Node = <<88, 100, 0, 13, "nonode@nohost">>,
    lists:foldl(fun({Pos, Len}, Acc) ->
                        <<Pre:(Pos + Len)/binary, _:12/binary, Post/binary>> = Acc,
                        <<Pre/binary, 0:96, Post/binary>>
                end, B, binary:matches(B, Node)).

show(F) ->
    B = term_to_binary(F),
    erlang:display({byte_size(B), mask(B)}),
    G = binary_to_term(B),
    erlang:display({G =:= F, erlang:fun_info(G, arity), erlang:fun_info(G, env) =:= erlang:fun_info(F, env)}),
    G.

main(_) ->
    %% export funs
    [erlang:display({term_to_binary(F), term_to_binary(F, [{minor_version, 2}]),
                     binary_to_term(term_to_binary(F)) =:= F})
     || F <- [fun lists:map/2, fun erlang:abs/1, fun etf_fun:add/2, fun no_such_module:f/3,
              erlang:make_fun(m, f, 255)]],
    %% closures: no free variables, one, many of every kind, nested
    X = id(5),
    Big = id(1 bsl 100),
    Bin = id(<<"free">>),
    G0 = show(fun() -> zero end),
    erlang:display(G0()),
    G1 = show(fun(Y) -> X + Y end),
    erlang:display(G1(10)),
    G2 = show(fun(A, B) -> {X, Big, Bin, A, B, [X | Bin], #{X => Big}, 2.5 * X} end),
    erlang:display(G2(a, b)),
    Inner = fun(Z) -> Z * X end,
    G3 = show(fun(L) -> [Inner(E) || E <- L] end),
    erlang:display(G3([1, 2, 3])),
    Self = self(),
    G4 = show(fun() -> Self end),
    erlang:display(G4() =:= Self),
    %% closures inside a structure, compressed, at minor_version 0
    S = {G1, [G2, G3], #{f => Inner}},
    erlang:display(binary_to_term(term_to_binary(S, [compressed])) =:= S),
    erlang:display(mask(term_to_binary(S, [{minor_version, 0}]))),
    erlang:display(binary_to_term(term_to_binary(G1, [{minor_version, 2}])) =:= G1),
    %% safe decoding: closures and existing exports are fine
    erlang:display(binary_to_term(term_to_binary(G1), [safe]) =:= G1),
    P = fun(B) -> erlang:display(t(fun() -> binary_to_term(B) end)) end,
    P(<<131, 113, 100, 0, 5, "lists", 100, 0, 7, "reverse", 97, 1>>),
    P(<<131, 113, 100, 0, 1, "m", 100, 0, 1, "f", 98, 0, 0, 1, 0>>),
    P(<<131, 113, 100, 0, 1, "m", 100, 0, 1, "f", 110, 1, 0, 3>>),
    P(<<131, 113, 119, 1, "m", 115, 1, "f", 97, 0>>),
    P(<<131, 113, 100, 0, 1, "m", 100, 0, 1, "f", 98, 255, 255, 255, 255>>),
    P(<<131, 113, 100, 0, 1, "m", 100, 0, 1, "f", 100, 0, 1, "a">>),
    P(<<131, 113, 97, 1, 100, 0, 1, "f", 97, 3>>),
    P(<<131, 113, 100, 0, 1, "m", 97, 1, 97, 3>>),
    P(<<131, 113, 100, 0, 1, "m", 100, 0, 1, "f">>),
    Rev = binary_to_term(<<131, 113, 100, 0, 5, "lists", 100, 0, 7, "reverse", 97, 1>>),
    erlang:display(Rev([1, 2, 3])),
    Safe = fun(B) -> erlang:display(t(fun() -> binary_to_term(B, [safe]) end)) end,
    Safe(<<131, 113, 100, 0, 5, "lists", 100, 0, 7, "reverse", 97, 1>>),
    Safe(<<131, 113, 100, 0, 5, "lists", 100, 0, 7, "reverse", 97, 7>>),
    Safe(<<131, 113, 100, 0, 6, "erlang", 100, 0, 3, "abs", 97, 1>>),
    Safe(<<131, 113, 100, 0, 7, "etf_fun", 100, 0, 3, "add", 97, 2>>),
    Safe(<<131, 113, 100, 0, 7, "etf_fun", 100, 0, 4, "show", 97, 1>>),
    Safe(<<131, 113, 100, 0, 7, "etf_fun", 100, 0, 3, "add", 98, 0, 0, 1, 0>>),
    %% a closure cut short, its parts of the wrong kind, its free
    %% variables missing
    C = term_to_binary(G1),
    [P(binary:part(C, 0, K)) || K <- [2, 6, 7, 23, 30, 35, 40, byte_size(C) - 1]],
    <<131, 112, Size:32, Ar, Md5:16/binary, Idx:32, _NF:32, Rest/binary>> = C,
    P(<<131, 112, Size:32, Ar, Md5/binary, Idx:32, 1000:32, Rest/binary>>),
    P(<<131, 112, Size:32, Ar, Md5/binary, Idx:32, 1:32, 97, 1, Rest/binary>>),
    ok.
