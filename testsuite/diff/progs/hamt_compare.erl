-module(hamt_compare).
-export([main/1]).
%% Large maps compared, sorted, sized and sent through the external term
%% format: equal maps built in different orders, maps that differ in one
%% key or one value, erts_debug sizes of tries, term_to_binary's bytes
%% (a trie's pairs in erl's order; sorted with deterministic).
m(L) -> maps:from_list([{I, I} || I <- L]).
main(_) ->
    A = m(lists:seq(1, 50)),
    B = m(lists:reverse(lists:seq(1, 50))),
    C = A#{50 := 51},
    D = maps:remove(1, A#{51 => 51}),
    erlang:display({A =:= B, A == B, A =:= C, A < C, C < A, A < D, D < A}),
    erlang:display(A == A#{50 := 50.0}),
    erlang:display(A =:= A#{50 := 50.0}),
    erlang:display(lists:sort([C, D, A, m(lists:seq(1, 49)), #{}, m(lists:seq(2, 60))])),
    erlang:display(erts_debug:flat_size(A)),
    erlang:display(erts_debug:flat_size(m(lists:seq(1, 1000)))),
    erlang:display(erts_debug:flat_size(maps:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 200)]))),
    erlang:display(term_to_binary(A)),
    erlang:display(term_to_binary(A, [deterministic])),
    erlang:display(erlang:md5(term_to_binary(m(lists:seq(1, 5000))))),
    erlang:display(binary_to_term(term_to_binary(A)) =:= A),
    erlang:display(binary_to_term(term_to_binary(A))),
    erlang:display(binary_to_term(term_to_binary(m(lists:seq(1, 33))))),
    Nested = #{A => a, B => b, C => c, {A} => t},
    erlang:display(map_size(Nested)),
    erlang:display(maps:get(m(lists:seq(50, 1, -1)), Nested)),
    erlang:display(maps:from_list([{m([I]), I} || I <- lists:seq(1, 40)])),
    erlang:display(maps:from_list([{m(lists:seq(I, I + 40)), I} || I <- lists:seq(1, 34)])),
    ok.
