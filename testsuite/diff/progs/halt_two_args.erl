-module(halt_two_args).
-export([main/1]).
%% halt/2 with an options list (flush true).
main(_) ->
    erlang:display(halting_with_options),
    halt(4, [{flush, true}]).
