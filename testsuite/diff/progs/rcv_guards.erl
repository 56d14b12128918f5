-module(rcv_guards).
-export([main/1]).
%% Receive clauses with guards: a message that matches the pattern but not
%% the guard is skipped; guards that fail with an exception count as false;
%% bound variables in patterns match only equal values.
take(Min) ->
    receive
        {num, X} when X >= Min -> {big, X};
        {num, X} when is_integer(X), X < 0 -> {neg, X};
        {str, S} when length(S) > 2 -> {long_str, S}
    after 0 -> none
    end.
main(_) ->
    [self() ! M || M <- [{num, 1}, {num, -5}, {str, "ab"}, {num, 50}, {str, "abcd"}, {num, 7}]],
    erlang:display([take(10) || _ <- [1, 2, 3, 4]]),
    erlang:display({left, drain([])}),
    self() ! {num, atom}, self() ! {num, 3},
    %% X + 1 fails for the atom: the guard is false, the message is skipped.
    R = receive {num, X} when X + 1 > 0 -> X end,
    erlang:display({guard_exception_skips, R}),
    erlang:display({atom_left, drain([])}),
    Want = id(b),
    self() ! {tag, a}, self() ! {tag, b},
    erlang:display({bound_var, receive {tag, Want} -> Want end}),
    erlang:display({other_left, drain([])}),
    self() ! {pair, 3, 3}, self() ! {pair, 1, 2},
    erlang:display({repeated_var, receive {pair, A, A} -> A end}),
    erlang:display(done).
drain(Acc) -> receive M -> drain([M | Acc]) after 0 -> lists:reverse(Acc) end.
id(X) -> X.
