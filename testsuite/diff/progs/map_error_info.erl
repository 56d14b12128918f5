-module(map_error_info).
-export([main/1]).
%% When a BIF fails, the top frame is the BIF with its arguments and an
%% error_info entry (a map: hence in the map group), followed by the
%% calling function's frame.
id(X) -> X.
main(_) ->
    try atom_to_list(id(42))
    catch error:R:St ->
        [Top, Caller | _] = St,
        erlang:display(R),
        erlang:display(Top),
        erlang:display(Caller)
    end,
    try element(id(9), id({a}))
    catch error:R2:St2 ->
        [Top2 | _] = St2,
        erlang:display(R2),
        erlang:display(Top2)
    end,
    try id(5) + id(x)
    catch error:R3:St3 ->
        [Top3, Caller3 | _] = St3,
        erlang:display(R3),
        erlang:display(Top3),
        erlang:display(Caller3)
    end.
