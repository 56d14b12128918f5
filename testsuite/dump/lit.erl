%% lit.erl — a small module with literals, imports, funs and strings;
%% bad-input.sh damages its .beam in many ways.
-module(lit).
-export([f/1, g/0]).

f(X) -> erlang:display({X, [1, 2.5, "str"], #{k => v}}), fun(Y) -> X + Y end.
g() -> <<"abc", (length(atom_to_list(?MODULE))):8>>.
