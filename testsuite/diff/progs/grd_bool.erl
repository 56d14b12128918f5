-module(grd_bool).
-export([main/1]).
%% andalso/orelse (short circuit, also in guards), and/or/xor/not, and
%% guard expressions that throw being treated as false.
id(X) -> X.
g1(X) when X > 0 andalso X < 10 -> in_range;
g1(X) when X =:= 0 orelse X =:= 100 -> special;
g1(_) -> out.
g2(X) when is_list(X) andalso length(X) > 1 -> long;
g2(X) when not is_list(X) -> not_list;
g2(_) -> short.
g3(X) when X / 2 > 1 -> big;
g3(_) -> small_or_bad.
main(_) ->
    erlang:display([g1(X) || X <- [5, 0, 100, 10, -1, a]]),
    erlang:display([g2(X) || X <- [[1, 2], [1], a, [1 | 2]]]),
    erlang:display([g3(X) || X <- [10, 2, a, "s"]]),
    erlang:display([{A, B, A and B, A or B, A xor B, not A} || A <- [true, false], B <- [true, false]]),
    erlang:display(id(false) andalso error(never)),
    erlang:display(id(true) orelse error(never)),
    erlang:display(id(true) andalso id(42)),
    erlang:display(id(false) orelse id(not_bool)),
    erlang:display(try id(1) andalso true catch error:R -> R end),
    erlang:display(try id(a) and true catch error:R2 -> R2 end),
    erlang:display(try not id(3) catch error:R3 -> R3 end).
