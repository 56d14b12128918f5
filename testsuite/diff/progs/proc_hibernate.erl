-module(proc_hibernate).
-export([main/1, wake/2]).
%% erlang:hibernate/3: the process sleeps until a message arrives, then
%% calls M:F(Args) with a fresh stack (the code after the call never runs);
%% its state survives in the arguments; status while hibernating is waiting.
wake(Parent, Count) ->
    receive
        {bump, N} ->
            Parent ! {self(), woke, Count + N},
            erlang:hibernate(?MODULE, wake, [Parent, Count + N]),
            Parent ! {self(), never_here};
        stop ->
            Parent ! {self(), stopped, Count}
    end.
main(_) ->
    Me = self(),
    P = spawn(fun() ->
                      Me ! {self(), hibernating},
                      erlang:hibernate(?MODULE, wake, [Me, 0])
              end),
    receive {P, hibernating} -> ok end,
    wait_waiting(P),
    erlang:display(process_info(P, status)),
    lists:foreach(fun(N) ->
                          P ! {bump, N},
                          receive {P, woke, C} -> erlang:display({woke, C}) end
                  end, [1, 10, 100]),
    P ! stop,
    receive {P, stopped, Final} -> erlang:display({stopped, Final}) end,
    receive {P, never_here} -> erlang:display(wrong) after 50 -> erlang:display(no_return) end,
    erlang:display(done).
wait_waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> erlang:yield(), wait_waiting(P)
    end.
