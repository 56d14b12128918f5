-module(lnk_link_unlink).
-export([main/1]).
%% link/1 and unlink/1 return true; the link shows on both sides in
%% process_info(links); linking twice makes one link; unlink removes it on
%% both sides; unlinking a non-linked process is fine. (Under escript, main
%% is also linked to a system process, so only membership is printed for
%% main's links; for the child, the count too.)
has(Who, P) ->
    {links, L} = process_info(Who, links),
    lists:member(P, L).
count(P) ->
    {links, L} = process_info(P, links),
    length(L).
main(_) ->
    Me = self(),
    P = spawn(fun() -> receive stop -> ok end end),
    erlang:display({before, has(Me, P), has(P, Me), count(P)}),
    erlang:display({link, link(P)}),
    erlang:display({linked, has(Me, P), has(P, Me), count(P)}),
    erlang:display({link_again, link(P)}),
    erlang:display({still_one, has(Me, P), has(P, Me), count(P)}),
    erlang:display({unlink, unlink(P)}),
    erlang:display({unlinked, has(Me, P), has(P, Me), count(P)}),
    erlang:display({unlink_again, unlink(P)}),
    erlang:display({link_self, link(self()), has(Me, Me)}),
    erlang:display({unlink_self, unlink(self())}),
    Q = spawn(fun() -> receive stop -> ok end end),
    true = link(P), true = link(Q),
    erlang:display({two_links, has(Me, P), has(Me, Q), count(P), count(Q)}),
    unlink(P), unlink(Q),
    P ! stop, Q ! stop,
    erlang:display(done).
