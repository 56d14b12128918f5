-module(alg_deep_live6).
-export([main/1]).
%% Body recursion a million calls deep through a function of six
%% arguments, in a 256 KB C stack: the depth check at `allocate` unwinds
%% the C stack with six live registers (four in C parameters, two in
%% p->x) and resumes there.  Also mutual tail calls between functions
%% without frames, and a fun called in the recursion.  Regression test.
main(_) ->
    F = fun(X) -> X + 1 end,
    erlang:display(down(1000000, 1, 2, 3, 4, F)),
    erlang:display(ping(3000000, 0)),
    erlang:display(length(build(1000000, a, b, c, d, e))).

down(0, A, B, C, D, _F) -> A + B + C + D;
down(N, A, B, C, D, F) ->
    S = down(N - 1, B, C, D, F(A), F),
    S rem 1000003 + N.

ping(0, Acc) -> Acc;
ping(N, Acc) -> pong(N - 1, Acc + 1).
pong(0, Acc) -> Acc;
pong(N, Acc) -> ping(N - 1, Acc + 2).

build(0, _, _, _, _, _) -> [];
build(N, A, B, C, D, E) -> [{N, E} | build(N - 1, B, C, D, E, A)].
