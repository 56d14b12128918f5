-module(exc_nested).
-export([main/1]).
%% Nested try: inner handlers see the exception first, exceptions raised
%% inside handlers propagate outward, of-clauses are not protected.
id(X) -> X.
main(_) ->
    erlang:display(try
                       try throw(a) catch throw:a -> throw(b) end
                   catch throw:b -> caught_b_outside end),
    erlang:display(try
                       try error(x) catch throw:_ -> not_here end
                   catch error:x -> passed_through end),
    erlang:display(try
                       try id(1) of 1 -> throw(from_of) catch throw:_ -> inner_caught end
                   catch throw:from_of -> outer_caught_of end),
    erlang:display(try
                       try throw(1) after throw(2) end
                   catch throw:N -> {after_overrides, N} end),
    erlang:display(depth(5)),
    erlang:display(try deep(10) catch throw:{depth, D} -> {thrown_from, D} end).
depth(0) -> try throw(bottom) catch throw:bottom -> 0 end;
depth(N) -> try depth(N - 1) + 1 catch throw:_ -> never end.
deep(0) -> throw({depth, 0});
deep(N) -> try deep(N - 1) catch throw:{depth, D} when D < 5 -> throw({depth, D + 1}) end.
