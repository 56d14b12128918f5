-module(halt_return).
-export([main/1]).
%% When main/1 returns (whatever the value) the status is 0.
main(_) ->
    erlang:display(returning_a_value),
    {some, value, [1, 2, 3]}.
