-module(str_prefix).
-export([main/1]).
%% Matching string prefixes with "abc" ++ Rest in patterns, a tiny
%% command parser and a tokenizer for arithmetic.
cmd("get " ++ Key) -> {get, Key};
cmd("set " ++ Rest) -> case lists:splitwith(fun(C) -> C =/= $= end, Rest) of
                           {K, "=" ++ V} -> {set, K, V};
                           _ -> {error, Rest}
                       end;
cmd("quit") -> quit;
cmd(Other) -> {unknown, Other}.
tok([]) -> [];
tok([$\s | T]) -> tok(T);
tok("**" ++ T) -> [pow | tok(T)];
tok([C | T]) when C >= $0, C =< $9 -> {Ds, R} = lists:splitwith(fun(D) -> D >= $0 andalso D =< $9 end, [C | T]),
                                      [{int, list_to_integer(Ds)} | tok(R)];
tok([C | T]) -> [list_to_atom([C]) | tok(T)].
main(_) ->
    erlang:display(cmd("get name")),
    erlang:display(cmd("set name=joe")),
    erlang:display(cmd("set broken")),
    erlang:display(cmd("quit")),
    erlang:display(cmd("quit now")),
    erlang:display(cmd("")),
    erlang:display(tok("12 + 3**2 * (40 - 1)")),
    erlang:display(case "prefix-body" of "pre" ++ X -> X end),
    erlang:display([R || "x" ++ R <- ["xa", "yb", "xc", "x"]]).
