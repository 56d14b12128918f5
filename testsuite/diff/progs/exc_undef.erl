-module(exc_undef).
-export([main/1, exported/0]).
%% undef: calling a missing module, a missing function, a wrong arity, or
%% an unexported function through apply; the top frame names the callee.
id(X) -> X.
exported() -> here.
local() -> hidden.
main(_) ->
    erlang:display(local()),
    erlang:display(apply(id(exc_undef), exported, [])),
    Calls = [{no_such_module, f, []}, {exc_undef, missing, [1, 2]}, {exc_undef, exported, [extra]},
             {exc_undef, local, []}, {lists, no_such_fun, [a]}],
    lists:foreach(fun({M, F, A}) ->
                      try apply(id(M), id(F), A)
                      catch C:R:St -> erlang:display({C, R}), erlang:display(hd(St))
                      end
                  end, Calls),
    try (id(no_such_module)):f(1, 2) catch C:R:St -> erlang:display({C, R}), erlang:display(hd(St)) end.
