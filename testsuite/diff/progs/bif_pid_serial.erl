-module(bif_pid_serial).
-export([main/1]).
%% Pids with erl's serial: list_to_pid reads <0.Number.Serial> with erl's
%% widths (15 and 13 bits; anything wider is badarg), and the pid prints,
%% orders, hashes (phash2/1, phash/2: the serial does not count) and
%% encodes (NEW_PID_EXT) as erl's; binary_to_term of erl's bytes gives it.
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).
id(X) -> X.
t(F) ->
    try F() of V -> {value, V}
    catch C:R:St -> {C, R, hd(St)}
    end.
main(_) ->
    Texts = ["<0.5.1>", "<0.0.1>", "<0.32767.8191>", "<0.5.8191>", "<0.5.8192>", "<0.32768.0>",
             "<0.40000.0>", "<0.1.00001>", "<0.5.99999999999999999999>", "<0.0.0>", "<0.5.-1>"],
    [erlang:display({S, t(fun() -> P = list_to_pid(id(S)),
                                   {P, pid_to_list(P), erlang:phash2(P), erlang:phash(P, 1 bsl 32),
                                    binary_to_term(term_to_binary(P)) =:= P, term_to_binary(P)}
                          end)}) || S <- Texts],
    erlang:display(binary_to_term(<<131, 88, 100, 0, 13, "nonode@nohost", 0, 0, 0, 5, 0, 0, 0, 1, 0, 0, 0, 0>>)),
    erlang:display(list_to_pid("<0.5.1>") > list_to_pid("<0.6.0>")),
    erlang:display(lists:sort([list_to_pid(S) || S <- ["<0.5.1>", "<0.6.0>", "<0.4.2>", "<0.7.1>"]])),
    erlang:display({is_process_alive(list_to_pid("<0.9.4000>")), list_to_pid("<0.9.4000>") =:= self()}).
