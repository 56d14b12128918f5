-module(exc_after_order).
-export([main/1]).
%% after blocks in nested calls run innermost first as an exception
%% unwinds through several functions.
level(0) -> throw(bottom);
level(N) ->
    try level(N - 1)
    after erlang:display({unwinding, N})
    end.
main(_) ->
    erlang:display(try level(4) catch throw:X -> {caught, X} after erlang:display(outermost) end),
    erlang:display(try level(0) catch throw:Y -> Y end),
    R = try
            try error(e1)
            after erlang:display(a1)
            end
        catch error:e1 ->
            try throw(t2) catch throw:t2 -> handled_t2 after erlang:display(a2) end
        after erlang:display(a3)
        end,
    erlang:display(R).
