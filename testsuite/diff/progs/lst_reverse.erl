-module(lst_reverse).
-export([main/1]).
%% lists:reverse/1,2, lists:append/1,2, lists:last, lists:nth, lists:nthtail.
main(_) ->
    erlang:display(lists:reverse([1, 2, 3])),
    erlang:display(lists:reverse([1, 2, 3], [4, 5])),
    erlang:display(lists:reverse([], tail)),
    erlang:display(lists:reverse("stressed")),
    erlang:display(lists:append([[1], [2, 3], [], [4]])),
    erlang:display(lists:append("abc", "def")),
    erlang:display(lists:last([a, b, c])),
    erlang:display(lists:nth(2, [a, b, c])),
    erlang:display(lists:nthtail(2, [a, b, c, d])),
    erlang:display(lists:nthtail(0, [a])),
    L = lists:seq(1, 100000),
    erlang:display(lists:sum(lists:reverse(L))),
    erlang:display(hd(lists:reverse(L))),
    erlang:display(lists:reverse(lists:reverse(L)) =:= L),
    erlang:display(try lists:nth(4, [a, b, c]) catch error:R -> R end),
    erlang:display(try lists:last([]) catch error:R2 -> R2 end).
