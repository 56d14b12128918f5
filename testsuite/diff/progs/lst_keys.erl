-module(lst_keys).
-export([main/1]).
%% Key lists: keyfind, keymember, keysearch, keysort, keydelete,
%% keyreplace, keystore, keytake, keymerge.
main(_) ->
    L = [{b, 2, x}, {a, 1, y}, {c, 3, z}, {a, 4, w}],
    erlang:display(lists:keyfind(a, 1, L)),
    erlang:display(lists:keyfind(3, 2, L)),
    erlang:display(lists:keyfind(q, 1, L)),
    erlang:display(lists:keymember(c, 1, L)),
    erlang:display(lists:keymember(c, 2, L)),
    erlang:display(lists:keysearch(a, 1, L)),
    erlang:display(lists:keysearch(nope, 1, L)),
    erlang:display(lists:keysort(1, L)),
    erlang:display(lists:keysort(2, L)),
    erlang:display(lists:keysort(3, L)),
    erlang:display(lists:keydelete(a, 1, L)),
    erlang:display(lists:keyreplace(a, 1, L, {a, 0, new})),
    erlang:display(lists:keystore(d, 1, L, {d, 5, v})),
    erlang:display(lists:keystore(c, 1, L, {c, 9, v})),
    erlang:display(lists:keytake(c, 1, L)),
    erlang:display(lists:keymerge(1, [{a, 1}, {c, 3}], [{b, 2}, {d, 4}])),
    erlang:display(lists:ukeysort(1, L)),
    erlang:display(lists:keyfind(x, 1, [x, {x}, {x, 1}])).
