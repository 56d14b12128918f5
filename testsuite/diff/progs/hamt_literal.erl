-module(hamt_literal).
-export([main/1]).
%% Map literals of more than 32 keys (the translator writes them as the
%% hash trie the runtime would build): displayed, iterated, updated,
%% compared with the same map built at run time, nested in other
%% literals and used as keys of other literals.
big() ->
    #{1 => a, 2 => b, 3 => c, 4 => d, 5 => e, 6 => f, 7 => g, 8 => h, 9 => i, 10 => j,
      11 => k, 12 => l, 13 => m, 14 => n, 15 => o, 16 => p, 17 => q, 18 => r, 19 => s,
      20 => t, 21 => u, 22 => v, 23 => w, 24 => x, 25 => y, 26 => z, 27 => aa, 28 => bb,
      29 => cc, 30 => dd, 31 => ee, 32 => ff, 33 => gg, 34 => hh, 35 => ii, 36 => jj,
      [] => nil, {} => empty, <<"bin">> => bin, <<1:5>> => bits, 1.5 => float,
      -7 => neg, 1208925819614629174706176 => big, "str" => str, [1 | 2] => improper,
      {1, [2], <<3>>} => tuple, #{1 => 2} => small_map, 4611686018427387904 => edge}.
nested() -> {wrap, [big()], #{1 => big()}}.
keyed() -> #{#{1 => 1, 2 => 2, 3 => 3, 4 => 4, 5 => 5, 6 => 6, 7 => 7, 8 => 8, 9 => 9, 10 => 10,
              11 => 11, 12 => 12, 13 => 13, 14 => 14, 15 => 15, 16 => 16, 17 => 17, 18 => 18,
              19 => 19, 20 => 20, 21 => 21, 22 => 22, 23 => 23, 24 => 24, 25 => 25, 26 => 26,
              27 => 27, 28 => 28, 29 => 29, 30 => 30, 31 => 31, 32 => 32, 33 => 33} => found}.
main(_) ->
    B = big(),
    erlang:display(B),
    erlang:display(maps:keys(B)),
    erlang:display(maps:to_list(B) =:= lists:reverse(maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], B))),
    Built = maps:from_list(maps:to_list(B)),
    erlang:display(Built =:= B),
    erlang:display(maps:remove(36, B)),
    erlang:display(B#{37 => new}),
    erlang:display(maps:get("str", B)),
    erlang:display(nested()),
    erlang:display(erts_debug:flat_size(maps:remove(<<1:5>>, B))),
    erlang:display(maps:get(maps:from_list([{I, I} || I <- lists:seq(1, 33)]), keyed())),
    erlang:display(term_to_binary(B)),
    ok.
