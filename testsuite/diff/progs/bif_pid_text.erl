-module(bif_pid_text).
-export([main/1]).
%% erlang:pid_to_list/1 and list_to_pid/1: a pid's text reads back as
%% the same pid (one of this process, of another, of one that ended);
%% text that is no pid of this node is badarg; so is a pid_to_list of
%% what is no pid.  The numbers differ from run to run and are not
%% printed.
id(X) -> X.
t(F) ->
    try F() of V -> {value, is_pid(V)}
    catch C:R:St -> {C, R, hd(St)}
    end.
shape([$<, $0, $. | Rest]) -> lists:last(Rest) =:= $> andalso length(string:tokens(Rest, ".")) =:= 2;
shape(_) -> false.
main(_) ->
    Me = self(),
    S = erlang:pid_to_list(Me),
    erlang:display({shape, shape(S)}),
    erlang:display({round_trip, erlang:list_to_pid(S) =:= Me}),
    Child = spawn(fun() -> receive stop -> ok end end),
    erlang:display({child, erlang:list_to_pid(erlang:pid_to_list(Child)) =:= Child,
                    erlang:pid_to_list(Child) =/= S}),
    Ref = monitor(process, Child),
    Child ! stop,
    receive {'DOWN', Ref, process, Child, _} -> ok end,
    Dead = erlang:list_to_pid(erlang:pid_to_list(Child)),
    erlang:display({dead, Dead =:= Child, is_process_alive(Dead)}),
    erlang:display(erlang:pid_to_list(erlang:list_to_pid(id("<0.1.0>")))),
    erlang:display(erlang:pid_to_list(erlang:list_to_pid(id("<0.0.0>")))),
    erlang:display(erlang:pid_to_list(erlang:list_to_pid(id("<00.010.00>")))),
    Bad = ["<1.2.0>", "<0.1.0", " <0.1.0>", "<0. 1.0>", "<0.1.0>x", "", "<>", "<0.-1.0>",
           "<0.a.0>", "<0..0>", "0.1.0", "<0.1>", "<0.1.0.0>", foo, 42, [$<, 0 | "0.1.0>"],
           "<0.1.0>" ++ [0], "<0.1.0>" ++ [0, 1, 2], "<0.1.0>" ++ [0, 256], "<0.1.0>" ++ [0 | x],
           "<0.1.0>" ++ [256]],
    [erlang:display({B, t(fun() -> erlang:list_to_pid(id(B)) end)}) || B <- Bad],
    [erlang:display(t(fun() -> erlang:pid_to_list(id(X)) end)) || X <- [foo, "<0.1.0>", 1.5]].
