-module(tmr_order).
-export([main/1]).
%% Timers fire in the order of their deadlines, not the order they were
%% set: delays 240, 40, 160, 80, 200, 120 ms arrive sorted by delay.
main(_) ->
    Delays = [240, 40, 160, 80, 200, 120],
    [erlang:send_after(D, self(), {fired, D}) || D <- Delays],
    Got = [receive {fired, D} -> D after 2000 -> lost end || _ <- Delays],
    erlang:display({order, list_to_tuple(Got)}),
    erlang:display({sorted, Got =:= lists:sort(Delays)}),
    %% start_timer the same way
    [erlang:start_timer(D, self(), D) || D <- [90, 30, 60]],
    Got2 = [receive {timeout, R, D} when is_reference(R) -> D after 2000 -> lost end || _ <- [1, 2, 3]],
    erlang:display({start_timer_order, list_to_tuple(Got2)}),
    erlang:display(done).
