-module(proc_spawn_fun).
-export([main/1]).
%% spawn/1 with a closure: the new process runs the fun with the captured
%% variables (a bignum, a float, a list) and replies; spawn returns a pid
%% that is not self().
main(_) ->
    Me = self(),
    Big = 1 bsl 100,
    F = 2.5,
    L = lists:seq(1, 10),
    P = spawn(fun() -> Me ! {self(), {Big + 1, F * 2, lists:sum(L)}} end),
    erlang:display({is_pid, is_pid(P)}),
    erlang:display({not_self, P =/= self()}),
    receive
        {P, Result} -> erlang:display({result, Result})
    end,
    Ps = [spawn(fun() -> Me ! {self(), I * I} end) || I <- lists:seq(1, 5)],
    erlang:display({distinct, length(lists:usort(Ps))}),
    Squares = [receive {Q, S} -> S end || Q <- Ps],
    erlang:display({squares, Squares}),
    erlang:display(done).
