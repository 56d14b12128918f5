-module(exc_try_of).
-export([main/1]).
%% try Expr of Patterns: pattern selection on the value, guards in the of
%% clauses, and handlers covering only the expression.
id(X) -> X.
classify(X) ->
    try id(X) of
        N when is_integer(N), N > 0 -> positive;
        0 -> zero;
        {error, E} -> {got_error_tuple, E};
        _ -> other
    catch
        _:_ -> impossible
    end.
parse(S) ->
    try list_to_integer(S) of
        N -> {int, N}
    catch
        error:badarg -> try list_to_float(S) of F -> {float, F} catch error:badarg -> {bad, S} end
    end.
main(_) ->
    erlang:display([classify(X) || X <- [5, 0, -3, {error, x}, "s"]]),
    erlang:display([parse(S) || S <- ["12", "-3", "1.5", "abc", "1e5", "2.0e1"]]).
