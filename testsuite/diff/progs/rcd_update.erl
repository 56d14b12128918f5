-module(rcd_update).
-export([main/1]).
%% A record used as state in a loop: counters, accumulated lists, and
%% multiple-field updates.
-record(st, {count = 0, sum = 0, max = none, seen = []}).
step(X, #st{count = C, sum = S, max = M, seen = Seen} = St) ->
    St#st{count = C + 1, sum = S + X,
          max = case M of none -> X; _ when X > M -> X; _ -> M end,
          seen = [X | Seen]}.
main(_) ->
    Final = lists:foldl(fun step/2, #st{}, [5, 3, 9, 1, 9, 2]),
    erlang:display(Final),
    erlang:display({Final#st.count, Final#st.sum, Final#st.max}),
    erlang:display(lists:reverse(Final#st.seen)),
    Big = lists:foldl(fun step/2, #st{}, lists:seq(1, 100000)),
    erlang:display({Big#st.count, Big#st.sum, Big#st.max, length(Big#st.seen)}),
    Reset = Big#st{seen = [], count = 0},
    erlang:display(Reset).
