-module(math_apply).
-export([main/1]).
%% math's BIFs called through apply/3, export funs and function_exported,
%% and lists of them mapped (math.beam's own code is only stubs).
id(X) -> X.
main(_) ->
    erlang:display(apply(math, sin, [id(1)])),
    erlang:display(apply(id(math), id(atan2), [1, 2])),
    F = fun math:sqrt/1,
    erlang:display(F(16)),
    erlang:display(lists:map(fun math:log2/1, [1, 2, 4, 1024])),
    erlang:display(lists:map(fun math:floor/1, [1.5, -1.5])),
    erlang:display([erlang:function_exported(math, Fn, A)
                    || {Fn, A} <- [{sin, 1}, {pow, 2}, {fmod, 2}, {erfc, 1},
                                   {sin, 2}, {nosuch, 1}]]),
    erlang:display(try apply(math, sqrt, [id(-1)]) catch C:R1:St -> {C, R1, hd(St)} end),
    erlang:display(try (id(fun math:log/1))(0) catch error:R -> R end),
    erlang:display(math:pi() * 2).
