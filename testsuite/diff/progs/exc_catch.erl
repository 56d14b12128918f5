-module(exc_catch).
-export([main/1]).
%% The old-style catch expression: throw gives the value, exit gives
%% {'EXIT', Reason}, error gives {'EXIT', {Reason, Stack}}.
id(X) -> X.
main(_) ->
    erlang:display(catch 42),
    erlang:display(catch throw(thrown)),
    erlang:display(catch exit(exited)),
    erlang:display(catch exit({shutdown, 1})),
    {'EXIT', {R, St}} = (catch error(failed)),
    erlang:display(R),
    erlang:display(is_list(St)),
    erlang:display(hd(St)),
    {'EXIT', {R2, [Top | _]}} = (catch id(1) + id(a)),
    erlang:display(R2),
    erlang:display(setelement(4, Top, no_location_shown)),
    {'EXIT', {R3, _}} = (catch list_to_atom(id(3))),
    erlang:display(R3),
    erlang:display(catch throw({'EXIT', fake})),
    X = (catch id(7)) + 1,
    erlang:display(X),
    erlang:display([catch (if N > 1 -> throw(N); true -> N end) || N <- [1, 2, 3]]).
