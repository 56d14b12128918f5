-module(unc_case_long).
-export([main/1]).
%% An uncaught case_clause whose value takes several lines when printed
%% after the error text: erl_error starts it on a new line when that
%% takes fewer lines (the first line of stderr then ends after the text).
main(_) ->
    case id(lists:seq(1, 40)) of
        [] -> empty
    end.

id(X) -> X.
