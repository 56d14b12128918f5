-module(rcd_match).
-export([main/1]).
%% Records in patterns and guards: matching fields in function heads,
%% is_record/2,3, and records nested in records.
-record(point, {x = 0, y = 0}).
-record(line, {from = #point{}, to = #point{}, label}).
len2(#line{from = #point{x = X1, y = Y1}, to = #point{x = X2, y = Y2}}) ->
    (X2 - X1) * (X2 - X1) + (Y2 - Y1) * (Y2 - Y1).
kind(#point{x = 0, y = 0}) -> origin;
kind(#point{x = 0}) -> on_y_axis;
kind(#point{y = 0}) -> on_x_axis;
kind(P) when is_record(P, point) -> plane;
kind(L) when is_record(L, line, 4) -> line;
kind(_) -> unknown.
main(_) ->
    L = #line{from = #point{x = 1, y = 2}, to = #point{x = 4, y = 6}, label = "l1"},
    erlang:display(L),
    erlang:display(len2(L)),
    erlang:display((L#line.to)#point.y),
    erlang:display(L#line.to#point.x),
    erlang:display([kind(X) || X <- [#point{}, #point{x = 0, y = 5}, #point{x = 5}, #point{x = 1, y = 1},
                                     L, {point, 1}, {line, 1, 2}, {other, 0, 0}]]),
    erlang:display(is_record(L, line)),
    erlang:display(is_record(#point{}, line)),
    erlang:display(is_record({point, 1, 2}, point)),
    L2 = L#line{to = (L#line.to)#point{y = 0}},
    erlang:display(L2),
    #line{label = Lab} = L2,
    erlang:display(Lab).
