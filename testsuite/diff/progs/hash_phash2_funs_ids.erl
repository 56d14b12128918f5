-module(hash_phash2_funs_ids).
-export([main/1, f/1, g/2]).
%% erlang:phash2/1 and phash/2 of funs, pids, ports and references.  Funs
%% (closures with and without free variables, export funs of this module,
%% of erlang, of a module that does not exist) hash to erl's exact values.
%% Pids, ports and references read from text are the same terms under
%% erl and natively, so their hashes are erl's too; those the program
%% makes have other numbers, so of them only what holds on every run is
%% printed: equal terms hash equal, copies through term_to_binary too,
%% every value in its range.
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).
id(X) -> X.
f(X) -> X.
g(X, Y) -> {X, Y}.
hashes(T) -> {erlang:phash2(T), erlang:phash2(T, 1 bsl 32), erlang:phash(T, 1 bsl 32)}.
main(_) ->
    A = id(1), B = id(two), C = id(<<"three">>),
    Funs = [fun() -> ok end, fun(X) -> X end, fun(X) -> X + A end, fun(X) -> {X, A, B} end,
            fun(X, Y) -> [X, Y, A, B, C] end, fun f/1, fun ?MODULE:f/1, fun ?MODULE:g/2,
            fun erlang:abs/1, fun lists:map/2, fun no_such_module:no_such_function/7,
            fun erlang:'+'/2],
    [erlang:display({I, hashes(F)}) || {I, F} <- lists:zip(lists:seq(1, length(Funs)), Funs)],
    erlang:display({closure_env, [erlang:phash2(mk(N)) || N <- [0, 1, 2, a, [], 1.5, <<>>]]}),
    Pids = [list_to_pid(S) || S <- ["<0.0.0>", "<0.1.0>", "<0.5.0>", "<0.80.0>", "<0.4095.0>",
                                    "<0.32767.0>"]],
    erlang:display({pids, [hashes(P) || P <- Pids]}),
    Ports = [list_to_port(S) || S <- ["#Port<0.0>", "#Port<0.1>", "#Port<0.77>", "#Port<0.65535>",
                                      "#Port<0.16777215>"]],
    erlang:display({ports, [hashes(P) || P <- Ports]}),
    Refs = [list_to_ref(S) || S <- ["#Ref<0.0.0.0>", "#Ref<0.1.2.3>", "#Ref<0.4.2.3>",
                                    "#Ref<0.0.0.262143>", "#Ref<0.4294967295.2.77>"]],
    erlang:display({refs, [hashes(R) || R <- Refs]}),
    erlang:display({in_terms, [erlang:phash2(T) || T <- [{hd(Pids), hd(Refs)}, [hd(Ports)],
                                                       #{hd(Pids) => hd(Refs)}]]}),
    Self = self(),
    Made = [Self, make_ref(), make_ref(), spawn(fun() -> ok end), fun() -> Self end],
    erlang:display({made_stable, [erlang:phash2(T) =:= erlang:phash2(id(T)) andalso
                                  erlang:phash2(T) =:= erlang:phash2(binary_to_term(term_to_binary(T)))
                                  || T <- Made]}),
    erlang:display({made_ranges, [begin H = erlang:phash2(T), R = erlang:phash2(T, 7),
                                        P = erlang:phash(T, 7),
                                        {H >= 0 andalso H < 1 bsl 27, R >= 0 andalso R < 7,
                                         P >= 1 andalso P =< 7, erlang:phash2(T, 1)}
                                  end || T <- Made]}),
    erlang:display({low_bits, [erlang:phash2(T) =:= erlang:phash2(T, 1 bsl 32) band (1 bsl 27 - 1)
                               || T <- Made ++ Pids ++ Refs ++ Funs]}).
mk(N) -> fun() -> N end.
