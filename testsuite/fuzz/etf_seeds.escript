#!/usr/bin/env escript
%% etf_seeds.escript DIR — writes fuzz_etf's seed corpus into DIR: erl's
%% term_to_binary of terms of every kind, with each set of options, the
%% older encodings erl reads, and closures of the fuzz target's stand-in
%% module fzmod (fuzz_etf.c), each file a flags byte and then the bytes.
main([Dir]) ->
    Node = <<100, 0, 13, "nonode@nohost">>,
    Md5 = list_to_binary(lists:seq(1, 16)),
    Pid = <<88, Node/binary, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0>>,
    Fun0 = <<131, 112, 0:32, 1, Md5/binary, 0:32, 0:32, 100, 0, 5, "fzmod",
             97, 0, 98, 1234567:32, Pid/binary>>,
    Fun1 = <<131, 112, 0:32, 2, Md5/binary, 1:32, 1:32, 100, 0, 5, "fzmod",
             97, 1, 98, 7654321:32, Pid/binary, 104, 2, 97, 1, 106>>,
    Terms = [0, 255, 256, -1, 1 bsl 31, 1 bsl 64, -(1 bsl 200), 1 bsl 2100, 1.5, -0.0, 1.0e300,
             abc, '', 'é', list_to_atom([16#3B1, 16#1F600]), {}, {a, {b, c}},
             list_to_tuple(lists:seq(1, 300)), [], "string", [1, 2 | 3], [a, [b, [c]]],
             lists:seq(1, 400), <<>>, <<1, 2, 3>>, <<7:3>>, binary:copy(<<"xyz">>, 40),
             #{}, #{a => 1, 1 => a, 1.0 => b}, maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
             list_to_pid("<0.5.0>"), list_to_port("#Port<0.6>"), list_to_ref("#Ref<0.1.2.3>"),
             fun lists:map/2, fun erlang:abs/1,
             {[1.5, "s"], #{k => [<<"v">>, {}]}, -12345678901234567890}],
    Opts = [[], [compressed], [{minor_version, 0}], [{minor_version, 2}], [deterministic]],
    Encoded = [{F, term_to_binary(T, O)} || T <- Terms, {F, O} <- lists:zip([0, 12, 32, 64, 128], Opts)],
    Old = [<<131, 115, 3, "abc">>, <<131, 99, "1.5", 0:(28 * 8)>>,
           <<131, 103, Node/binary, 0, 0, 0, 5, 0, 0, 0, 0, 0>>,
           <<131, 102, Node/binary, 0, 0, 0, 5, 0>>,
           <<131, 101, Node/binary, 0, 0, 0, 5, 0>>,
           <<131, 114, 0, 3, Node/binary, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3>>,
           <<131, 120, Node/binary, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0>>,
           <<131, 77, 0, 0, 0, 2, 3, 255, 255>>, <<131, 116, 0, 0, 0, 1, 106, 106>>,
           Fun0, Fun1, <<131, 104, 2, (binary:part(Fun1, 1, byte_size(Fun1) - 1))/binary, 97, 9>>],
    All = Encoded ++ [{F, B} || B <- Old, F <- [0, 1, 12]],
    lists:foldl(fun({F, B}, N) ->
                        Name = filename:join(Dir, "seed" ++ integer_to_list(N)),
                        ok = file:write_file(Name, <<F, B/binary>>),
                        N + 1
                end, 0, All),
    ok.
