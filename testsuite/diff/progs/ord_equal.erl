-module(ord_equal).
-export([main/1]).
%% == versus =:= deep inside structures, and how they affect lists
%% functions (member, delete, --, usort, keyfind use exact or not).
id(X) -> X.
main(_) ->
    A = id({1, [2, 3.0], {4}}), B = id({1.0, [2, 3], {4.0}}),
    erlang:display(A == B),
    erlang:display(A =:= B),
    erlang:display(A < B),
    erlang:display(B < A),
    erlang:display(lists:sort([B, A])),
    erlang:display(lists:sort([A, B])),
    erlang:display(lists:usort([A, B])),
    erlang:display(lists:member(B, [A])),
    erlang:display([A] -- [B]),
    erlang:display(lists:keyfind(1, 1, [B])),
    erlang:display(lists:keymember(1.0, 1, [A])),
    erlang:display(case B of A -> matched; _ -> no_match end),
    erlang:display(if A == B -> eq; true -> ne end),
    erlang:display(if A =:= B -> eq; true -> ne end).
