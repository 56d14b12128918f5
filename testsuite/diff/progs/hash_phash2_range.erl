-module(hash_phash2_range).
-export([main/1]).
%% erlang:phash2/2 and phash/2 ranges: every Range from 1 to 2^32 (phash2
%% gives 0..Range-1, phash 1..Range), the largest results (bignums on
%% 32-bit hosts), and badarg for anything else (0, negatives, 2^32 + 1,
%% bignums, floats, other terms), with erl's error_info, through a direct
%% call, apply/3 and a fun; the program ends with an uncaught badarg.
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).
id(X) -> X.
t(F) ->
    try F() of V -> {value, V}
    catch C:R:St -> {C, R, hd(St)}
    end.
main(_) ->
    Terms = [a, 1, "abc", {x, <<"y">>}, #{k => v}, 2.5, -(1 bsl 80)],
    Ranges = [1, 2, 3, 7, 255, 256, 1000, 65536, (1 bsl 27) - 1, 1 bsl 27, 1 bsl 28, (1 bsl 31) - 1,
              1 bsl 31, (1 bsl 32) - 1, 1 bsl 32],
    [erlang:display({T, [erlang:phash2(id(T), R) || R <- Ranges]}) || T <- Terms],
    [erlang:display({T, [erlang:phash(id(T), R) || R <- Ranges]}) || T <- Terms],
    erlang:display({top, [erlang:phash2(id(N), 1 bsl 32) || N <- lists:seq(1, 30)]}),
    erlang:display({mod_of_full, lists:all(fun(N) -> H = erlang:phash2(N, 1 bsl 32),
                                                     erlang:phash2(N, 1000) =:= H rem 1000 andalso
                                                     erlang:phash2(N) =:= H band (1 bsl 27 - 1)
                                           end, lists:seq(1, 2000))}),
    erlang:display({spread, lists:usort([erlang:phash2(N, 16) || N <- lists:seq(1, 200)])}),
    Bad = [0, -1, -(1 bsl 32), (1 bsl 32) + 1, 1 bsl 33, 1 bsl 64, -(1 bsl 64), 1.0, 4294967296.0,
           a, [], "7", <<7>>, {7}, #{}],
    [erlang:display({R, t(fun() -> erlang:phash2(a, id(R)) end)}) || R <- Bad],
    [erlang:display({R, t(fun() -> erlang:phash(a, id(R)) end)}) || R <- Bad],
    erlang:display(t(fun() -> apply(erlang, phash2, [x, id(0)]) end)),
    erlang:display(t(fun() -> apply(erlang, phash2, id([x])) end)),
    erlang:display(t(fun() -> (id(fun erlang:phash2/2))(x, -5) end)),
    erlang:display(t(fun() -> (id(fun erlang:phash2/1))(x) end)),
    erlang:display(t(fun() -> apply(erlang, phash, [x, id(0)]) end)),
    erlang:phash2(id(the_end), id(0)).
