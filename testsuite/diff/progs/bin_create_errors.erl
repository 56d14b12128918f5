-module(bin_create_errors).
-export([main/1]).
t(F) -> try F() catch C:R:S -> {C, R, hd(S)} end.
main([]) ->
    A = list_to_atom("a"), N = -1, B = <<1:3>>, F = list_to_float("1.0e300"),
    erlang:display(t(fun() -> <<A:8>> end)),
    erlang:display(t(fun() -> <<1:N>> end)),
    erlang:display(t(fun() -> <<B/binary>> end)),
    erlang:display(t(fun() -> <<A/binary>> end)),
    erlang:display(t(fun() -> <<A/float>> end)),
    erlang:display(t(fun() -> <<(-1)/utf8>> end)),
    erlang:display(t(fun() -> <<B:2/binary>> end)),
    erlang:display(t(fun() -> <<F/float>> end)),
    <<A:8>>.
