-module(bif_module_loaded).
-export([main/1]).
%% erlang:module_loaded/1, pre_loaded/0, loaded/0: erlang is always
%% there, and so is the running module and any it has called; a module
%% that does not exist is not; pre_loaded modules are loaded.  (erl loads
%% modules when first called, an executable has them from the start:
%% only modules already called are asked about.)
id(X) -> X.
t(F) ->
    try F() of V -> {value, V}
    catch C:R:St -> {C, R, hd(St)}
    end.
main(_) ->
    _ = lists:reverse(id([1, 2])),
    _ = lists:seq(1, 3),
    erlang:display([erlang:module_loaded(id(M)) || M <- [erlang, bif_module_loaded, lists,
                                                        no_such_module_here]]),
    Pre = erlang:pre_loaded(),
    erlang:display({pre_loaded, is_list(Pre), lists:member(erlang, Pre),
                    lists:all(fun erlang:is_atom/1, Pre)}),
    erlang:display({pre_loaded_are_loaded, lists:all(fun erlang:module_loaded/1, Pre)}),
    L = erlang:loaded(),
    erlang:display({loaded, lists:member(erlang, L), lists:member(bif_module_loaded, L),
                    lists:member(lists, L), lists:member(no_such_module_here, L)}),
    erlang:display({all_loaded, lists:all(fun erlang:module_loaded/1, L)}),
    erlang:display({no_duplicates, length(L) =:= length(lists:usort(L))}),
    erlang:display(t(fun() -> erlang:module_loaded(id("lists")) end)),
    erlang:display(t(fun() -> erlang:module_loaded(id(42)) end)).
