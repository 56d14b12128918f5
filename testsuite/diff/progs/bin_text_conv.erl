-module(bin_text_conv).
-export([main/1]).
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    U = list_to_atom([1024, $a]),
    erlang:display([atom_to_binary(abc), atom_to_binary(U), atom_to_binary(abc, latin1), t(fun() -> atom_to_binary(U, latin1) end),
                    atom_to_binary(U, unicode), t(fun() -> atom_to_binary(abc, foo) end), t(fun() -> atom_to_binary("a") end)]),
    erlang:display([binary_to_atom(<<"abc">>), binary_to_atom(<<208,128,97>>, utf8), binary_to_atom(<<208,128>>, latin1),
                    t(fun() -> binary_to_atom(<<255>>, utf8) end), t(fun() -> binary_to_atom(<<1:3>>) end),
                    t(fun() -> binary_to_atom(list_to_binary(lists:duplicate(256, $a))) end),
                    t(fun() -> binary_to_atom(list_to_binary(lists:duplicate(255, 200)), latin1) end),
                    t(fun() -> binary_to_atom(list_to_binary(lists:duplicate(256, 200)), latin1) end),
                    t(fun() -> binary_to_existing_atom(<<"no_such_atom_xyz">>) end), binary_to_existing_atom(<<"abc">>, latin1),
                    t(fun() -> binary_to_atom(<<"a">>, foo) end)]),
    erlang:display([integer_to_binary(123), integer_to_binary(-255, 16), integer_to_binary(1 bsl 80, 36), t(fun() -> integer_to_binary(1.0) end),
                    t(fun() -> integer_to_binary(1, 37) end)]),
    erlang:display([binary_to_integer(<<"123">>), binary_to_integer(<<"-ff">>, 16), binary_to_integer(<<"+12">>),
                    t(fun() -> binary_to_integer(<<"1 ">>) end), t(fun() -> binary_to_integer(<<>>) end),
                    t(fun() -> binary_to_integer(<<"12">>, 1) end), t(fun() -> binary_to_integer(<<"9">>, 8) end),
                    binary_to_integer(list_to_binary(lists:duplicate(40, $9)))]),
    erlang:display([float_to_binary(1.5), float_to_binary(0.1, [{decimals, 3}]), float_to_binary(1.0e10, [short]),
                    float_to_binary(2.5, [{scientific, 2}]), t(fun() -> float_to_binary(1) end), t(fun() -> float_to_binary(1.0, [bad]) end)]),
    erlang:display([binary_to_float(<<"1.5">>), binary_to_float(<<"-2.5e3">>), t(fun() -> binary_to_float(<<"1">>) end),
                    t(fun() -> binary_to_float(<<"1.5x">>) end), t(fun() -> binary_to_float(<<"1.5", 0, "x">>) end),
                    t(fun() -> binary_to_float(<<"1.0e400">>) end)]).
