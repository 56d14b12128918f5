-module(str_cipher).
-export([main/1]).
%% Character arithmetic on strings: Caesar, ROT13, Vigenere, and a
%% frequency count to break the Caesar shift.
shift(C, K, Base) -> Base + (C - Base + K + 26) rem 26.
caesar(S, K) -> [if C >= $a, C =< $z -> shift(C, K, $a);
                    C >= $A, C =< $Z -> shift(C, K, $A);
                    true -> C end || C <- S].
vigenere(S, Key, Dir) -> vig(S, Key, Key, Dir).
vig([], _, _, _) -> [];
vig(S, [], Key, Dir) -> vig(S, Key, Key, Dir);
vig([C | T], [K | Ks], Key, Dir) when C >= $A, C =< $Z -> [shift(C, Dir * (K - $A), $A) | vig(T, Ks, Key, Dir)];
vig([C | T], Ks, Key, Dir) -> [C | vig(T, Ks, Key, Dir)].
most_common(S) ->
    Counts = [{length([X || X <- S, X =:= C]), C} || C <- lists:seq($a, $z)],
    element(2, lists:max(Counts)).
main(_) ->
    Msg = "The quick brown fox jumps over the lazy dog, and then sleeps under the tree.",
    E3 = caesar(Msg, 3),
    erlang:display(E3),
    erlang:display(caesar(E3, -3) =:= Msg),
    erlang:display(caesar(caesar("Hello, World!", 13), 13)),
    erlang:display(caesar("Hello, World!", 13)),
    V = vigenere("ATTACK AT DAWN", "LEMON", 1),
    erlang:display(V),
    erlang:display(vigenere(V, "LEMON", -1)),
    Secret = caesar("meet me near the eastern gate at seven in the evening", 11),
    Guess = (most_common(Secret) - $e + 26) rem 26,
    erlang:display({Guess, caesar(Secret, -Guess)}).
