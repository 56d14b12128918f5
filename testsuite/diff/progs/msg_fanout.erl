-module(msg_fanout).
-export([main/1]).
%% Scatter/gather: 200 workers each get a slice of work; the replies are
%% collected by matching each worker's pid, so the results come out in
%% worker order whatever order they arrive in.
work(From) ->
    receive
        {job, Lo, Hi} -> From ! {self(), lists:sum([X * X || X <- lists:seq(Lo, Hi)])}
    end.
main(_) ->
    Me = self(),
    Ws = [spawn(fun() -> work(Me) end) || _ <- lists:seq(1, 200)],
    lists:foldl(fun(W, Lo) -> W ! {job, Lo, Lo + 99}, Lo + 100 end, 1, Ws),
    Rs = [receive {W, R} -> R end || W <- Ws],
    erlang:display({first_three, lists:sublist(Rs, 3)}),
    erlang:display({last, lists:last(Rs)}),
    erlang:display({total, lists:sum(Rs)}),
    erlang:display({check, lists:sum(Rs) =:= lists:sum([X * X || X <- lists:seq(1, 20000)])}),
    erlang:display(done).
