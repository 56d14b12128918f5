-module(bif_nif_error).
-export([main/1, stub/1]).
%% erlang:nif_error/1,2, which the stubs of modules with NIFs (and OTP's
%% stubs of the VM's own functions) call: error:Reason, with nif_error's
%% own frame on top and the stub's below it, as erl raises it.
id(X) -> X.
stub(_) -> erlang:nif_error(undef).
t(F) ->
    try F() of V -> {value, V}
    catch C:R:St -> {C, R, lists:sublist(St, 2)}
    end.
main(_) ->
    erlang:display(t(fun() -> stub(id(1)) end)),
    erlang:display(t(fun() -> erlang:nif_error(id(not_loaded)) end)),
    erlang:display(t(fun() -> erlang:nif_error(id({a, b}), id([1, 2])) end)),
    erlang:display(t(fun() -> apply(erlang, nif_error, [id(x)]) end)),
    stub(id(2)).
