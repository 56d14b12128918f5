-module(str_ops).
-export([main/1]).
%% String processing with plain list functions: splitting into words,
%% joining, upper-casing, counting, palindromes, run-length encoding.
words(S) -> words(S, [], []).
words([], [], Acc) -> lists:reverse(Acc);
words([], W, Acc) -> lists:reverse([lists:reverse(W) | Acc]);
words([$\s | T], [], Acc) -> words(T, [], Acc);
words([$\s | T], W, Acc) -> words(T, [], [lists:reverse(W) | Acc]);
words([C | T], W, Acc) -> words(T, [C | W], Acc).
upper(S) -> [if C >= $a, C =< $z -> C - 32; true -> C end || C <- S].
join([], _) -> [];
join([W], _) -> W;
join([W | Ws], Sep) -> W ++ Sep ++ join(Ws, Sep).
rle([]) -> [];
rle([C | T]) -> rle(T, C, 1, []).
rle([C | T], C, N, Acc) -> rle(T, C, N + 1, Acc);
rle([D | T], C, N, Acc) -> rle(T, D, 1, [{C, N} | Acc]);
rle([], C, N, Acc) -> lists:reverse([{C, N} | Acc]).
palindrome(S) -> L = [C || C <- upper(S), C >= $A, C =< $Z], L =:= lists:reverse(L).
main(_) ->
    S = "  the quick  brown fox jumps over the lazy dog ",
    W = words(S),
    erlang:display(W),
    erlang:display(length(W)),
    erlang:display(join(W, "_")),
    erlang:display(upper(S)),
    erlang:display(lists:sort(W)),
    erlang:display(lists:usort(W)),
    erlang:display(lists:keysort(2, [{X, length(X)} || X <- W])),
    erlang:display(rle("aaabccddddde")),
    erlang:display([palindrome(X) || X <- ["A man, a plan, a canal: Panama", "hello", "", "No lemon, no melon"]]),
    erlang:display(string:tokens("a,b,,c", ",")),
    erlang:display(string:join(["x", "y", "z"], "-")),
    erlang:display(string:to_upper("mixed Case 123")),
    erlang:display(string:str("hello world", "o w")),
    erlang:display(string:substr("hello world", 7, 5)).
