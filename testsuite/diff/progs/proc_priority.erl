-module(proc_priority).
-export([main/1]).
%% process_flag(priority, P) returns the old level; process_info shows the
%% current one; spawn_opt {priority, L} sets it for the child; bad levels
%% are badarg. Work at all levels completes.
id(X) -> X.
main(_) ->
    erlang:display({initial, process_info(self(), priority)}),
    erlang:display({to_high, process_flag(priority, high)}),
    erlang:display({to_low, process_flag(priority, low)}),
    erlang:display({to_normal, process_flag(priority, normal)}),
    erlang:display(process_info(self(), priority)),
    erlang:display({bad, try process_flag(priority, id(urgent)) catch error:E -> E end}),
    Me = self(),
    Ps = [spawn_opt(fun() ->
                            Me ! {self(), process_info(self(), priority),
                                  lists:sum(lists:seq(1, 10000))}
                    end, [{priority, L}])
          || L <- [low, normal, high]],
    lists:foreach(fun(P) -> receive {P, Pr, S} -> erlang:display({Pr, S}) end end, Ps),
    erlang:display({bad_opt, try spawn_opt(fun() -> ok end, [{priority, id(huge)}]) catch error:E2 -> E2 end}),
    erlang:display({still_normal, process_info(self(), priority)}),
    erlang:display(done).
