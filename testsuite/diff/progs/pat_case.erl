-module(pat_case).
-export([main/1]).
%% case expressions over many shapes of terms, with guards and
%% variables bound in patterns.
classify(X) ->
    case X of
        0 -> zero;
        N when is_integer(N), N < 0 -> negative;
        N when is_integer(N), N > 1000000000000 -> huge;
        N when is_integer(N) -> {positive, N rem 10};
        F when is_float(F) -> {float, trunc(F)};
        [] -> empty_list;
        [H] -> {singleton, H};
        [H | T] when is_list(T) -> {list, H, length(T)};
        [_ | T] -> {improper, T};
        {} -> empty_tuple;
        {K, V} -> {pair, V, K};
        {tag, _, _} = T -> {tagged3, tuple_size(T)};
        T when is_tuple(T) -> {tuple, tuple_size(T)};
        A when is_atom(A) -> {atom, A}
    end.
main(_) ->
    lists:foreach(fun(X) -> erlang:display(classify(X)) end,
                  [0, -5, 1 bsl 50, 42, 2.7, [], [x], [1, 2, 3], [1 | 2], {}, {a, b}, {tag, 1, 2},
                   {x, y, z}, hello, true, "str"]).
