-module(halt_three).
-export([main/1]).
%% halt(3) from deep inside a recursion and a fold.
down(0) -> halt(3);
down(N) -> erlang:display(N), [N | down(N - 1)].
main(_) ->
    lists:foldl(fun(X, A) -> erlang:display({fold, X, A}), A + X end, 0, [1, 2]),
    down(3).
