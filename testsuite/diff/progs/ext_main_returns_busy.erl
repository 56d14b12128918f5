-module(ext_main_returns_busy).
-export([main/1]).
%% main returns while several processes spin in endless loops: the
%% program still ends promptly with status 0.
spin(N) -> spin(N + 1).
main(_) ->
    Ps = [spawn(fun() -> spin(I) end) || I <- lists:seq(1, 6)],
    receive after 50 -> ok end,
    erlang:display({spinning, length([P || P <- Ps, is_process_alive(P)])}),
    erlang:display(main_returning).
