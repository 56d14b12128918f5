-module(exc_tail_runtime).
%% Tail calls through the runtime (apply/2,3, M:F(...) with a variable
%% module, F(...) of a fun) that fail before the call (badarg, badfun,
%% badarity) keep the frame of the function that made the call, with its
%% line, as erl does; undef has no such frame (the call has been made).
-export([main/1]).
-export([ap3/3, ap2/2, vcall/2, fcall/1, fcall2/2, fun_ok/0]).

ap3(M, F, A) -> apply(M, F, A).
ap2(F, A) -> apply(F, A).
vcall(M, X) -> M:foo(X).
fcall(F) -> F(1).
fcall2(F, X) -> F(X, X).
fun_ok() -> ok.

show(Tag, Fun) ->
    try Fun() of
        V -> erlang:display({Tag, ok, V})
    catch
        C:R:S -> erlang:display({Tag, C, R, lists:sublist(S, 3)})
    end.

main(_) ->
    show(ap3_badmod, fun() -> ap3(1, foo, []) end),
    show(ap3_badlist, fun() -> ap3(lists, reverse, [a | b]) end),
    show(ap3_undef, fun() -> ap3(nomod, foo, [1]) end),
    show(ap3_ok, fun() -> ap3(lists, reverse, [[1, 2]]) end),
    show(ap2_badlist, fun() -> ap2(fun fun_ok/0, x) end),
    show(ap2_badfun, fun() -> ap2(notafun, [1]) end),
    show(ap2_badarity, fun() -> ap2(fun fun_ok/0, [1]) end),
    show(vcall_badarg, fun() -> vcall(42, 1) end),
    show(vcall_undef, fun() -> vcall(nomod, 1) end),
    show(fcall_badfun, fun() -> fcall({a, b}) end),
    show(fcall_badarity, fun() -> fcall(fun(A, B) -> A + B end) end),
    show(fcall_export_badarity, fun() -> fcall(fun lists:reverse/2) end),
    show(fcall2_badfun, fun() -> fcall2(7, 1) end),
    show(fcall_ok, fun() -> fcall(fun(X) -> X + 1 end) end),
    %% deep: tail calls through several levels, error in the last
    show(chain, fun() -> ap3(?MODULE, fcall, [3]) end),
    ok.
