-module(bif_ref_text).
-export([main/1]).
%% erlang:ref_to_list/1 and list_to_ref/1: a reference's text reads back
%% as the same reference; a reference read from text prints as that
%% text; text that is no reference of this node, or whose last number
%% passes 18 bits, is badarg.  port_to_list/1 and list_to_port/1 alike.
id(X) -> X.
t(F) ->
    try F() of V -> {value, V}
    catch C:R:St -> {C, R, hd(St)}
    end.
main(_) ->
    R = make_ref(),
    S = erlang:ref_to_list(R),
    erlang:display({shape, lists:prefix("#Ref<0.", S), lists:last(S)}),
    erlang:display({round_trip, erlang:list_to_ref(S) =:= R}),
    erlang:display({different, erlang:list_to_ref(erlang:ref_to_list(make_ref())) =/= R}),
    R2 = erlang:list_to_ref(id("#Ref<0.1.2.3>")),
    erlang:display(R2),
    erlang:display({is_reference(R2), erlang:ref_to_list(R2)}),
    erlang:display(erlang:list_to_ref(id("#Ref<0.0.0.0>"))),
    erlang:display(erlang:list_to_ref(id("#Ref<0.4294967295.1.262143>"))),
    erlang:display(erlang:list_to_ref(id("#Ref<00.01.02.03>"))),
    erlang:display(R2 =:= erlang:list_to_ref(id("#Ref<0.1.2.3>"))),
    Bad = ["#Ref<0.1.2>", "#Ref<0.1.2.3.4>", "#Ref<0.1.1.262144>", "#Ref<0.4294967296.1.1>",
           "#Ref<1.1.2.3>", "#Ref<0.1.2.3>x", "Ref<0.1.2.3>", "#Ref<0.1.2.3", "#ref<0.1.2.3>",
           "", foo, 7, "#Ref<0.1.2.3>" ++ [0, 5], "#Ref<0.1.2.3>" ++ [0, 300]],
    [erlang:display({B, t(fun() -> erlang:list_to_ref(id(B)) end)}) || B <- Bad],
    [erlang:display(t(fun() -> erlang:ref_to_list(id(X)) end)) || X <- [foo, "#Ref<0.1.2.3>", 1]],
    P = erlang:list_to_port(id("#Port<0.5>")),
    erlang:display({P, is_port(P), erlang:port_to_list(P)}),
    erlang:display(erlang:list_to_port(id("#Port<0.0>")) =:= erlang:list_to_port(id("#Port<0.00>"))),
    [erlang:display({B, t(fun() -> erlang:list_to_port(id(B)) end)})
     || B <- ["#Port<0.5", "#Port<1.5>", "#Port<0.a>", "Port<0.5>", "#Port<0.5>x", bar]],
    [erlang:display(t(fun() -> erlang:port_to_list(id(X)) end)) || X <- [foo, "#Port<0.5>"]].
