-module(etf_options).
-export([main/1]).

%% term_to_binary/2's options: each one alone and together, the later
%% winning, and every malformed list refused.

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    T = {1.5, 'é', "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", #{b => 1, a => 2}},
    Good = [[], [compressed], [{compressed, 0}], [{compressed, 1}], [{compressed, 9}],
            [{minor_version, 0}], [{minor_version, 1}], [{minor_version, 2}], [deterministic],
            [compressed, {compressed, 0}], [{compressed, 0}, compressed],
            [{minor_version, 0}, {minor_version, 2}], [deterministic, deterministic],
            [{minor_version, 0}, compressed, deterministic]],
    [erlang:display({O, term_to_binary(T, id(O))}) || O <- Good],
    Bad = [x, [x], [compressed | x], [{compressed, 10}], [{compressed, -1}], [{compressed, a}],
           [{compressed, 1.0}], [{compressed, 100000000000000000000}], [{compressed}],
           [{compressed, 1, 2}], [{minor_version, 3}], [{minor_version, -1}], [{minor_version}],
           [local], [{deterministic, true}], ["compressed"], [compressed, bad], #{}, {compressed}],
    [erlang:display({O, t(fun() -> term_to_binary(T, id(O)) end)}) || O <- Bad],
    ok.
