-module(msg_terms).
-export([main/1]).
%% Every kind of term survives a trip through another process: atoms,
%% small and big integers, floats (incl. -0.0 and tiny/huge), tuples,
%% improper lists, strings, maps, pids, refs and funs.
echo() ->
    receive
        {From, M} -> From ! {self(), M}, echo();
        stop -> ok
    end.
main(_) ->
    P = spawn(fun echo/0),
    R = make_ref(),
    Terms = [atom, '', 0, -1, 576460752303423487, 576460752303423488,
             -(1 bsl 200), 3.14, -0.0, 1.0e-300, 1.7976931348623157e308,
             {}, {a, {b, {c}}}, [], [1 | 2], "string", [[[[deep]]]],
             #{}, #{a => 1, "k" => [v], 2.0 => {t}},
             maps:from_list([{I, I * I} || I <- lists:seq(1, 40)])],
    Back = [rt(P, T) || T <- Terms],
    erlang:display({all_equal, Back =:= Terms}),
    lists:foreach(fun(T) -> erlang:display(T) end, lists:sublist(Back, 19)),
    erlang:display({map40, maps:get(33, lists:last(Back))}),
    erlang:display({neg_zero_exact, rt(P, -0.0) =:= -0.0}),
    erlang:display({pid_same, rt(P, self()) =:= self()}),
    erlang:display({ref_same, rt(P, R) =:= R}),
    erlang:display({mixed, rt(P, {self(), R, [R]}) =:= {self(), R, [R]}}),
    P ! stop,
    erlang:display(done).
rt(P, M) ->
    P ! {self(), M},
    receive {P, Back} -> Back end.
