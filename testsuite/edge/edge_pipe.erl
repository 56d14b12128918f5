-module(edge_pipe).
-export([main/1]).
%% edge_pipe N [H]: displays N lines; then, if every display returned
%% true, halt(H) (or returns, status 0, without H), else halt(99).  Run
%% into `| head -1`, the writes after head has gone fail with EPIPE.
main([N | H]) ->
    Rs = [erlang:display({line, I}) || I <- lists:seq(1, list_to_integer(N))],
    case lists:all(fun(R) -> R =:= true end, Rs) of
        false -> halt(99);
        true when H =:= [] -> ok;
        true -> halt(list_to_integer(hd(H)))
    end.
