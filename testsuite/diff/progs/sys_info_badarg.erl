-module(sys_info_badarg).
-export([main/1]).
%% erlang:system_info/1 of what is no key: badarg, the top frame
%% erlang:system_info's own; and the keys through apply/3.
id(X) -> X.
t(K) ->
    try erlang:system_info(id(K)) of V -> {value, V}
    catch C:R:St -> {C, R, hd(St)}
    end.
main(_) ->
    [erlang:display(t(K)) || K <- [no_such_key, machine_x, "machine", 1, [], {a, b},
                                  {wordsize, foo}, {wordsize}, {foo, internal}, 1.0,
                                  {wordsize, internal, x}]],
    erlang:display(apply(erlang, system_info, [id(machine)])),
    erlang:display(try apply(erlang, system_info, [id(nothing)]) catch C:R:St -> {C, R, hd(St)} end),
    erlang:system_info(id(not_a_key)).
