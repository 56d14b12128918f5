-module(bif_module_md5).
-export([main/1, f/0]).
%% Module:module_info(md5): the module's MD5 as erl computes it from the
%% .beam (beam_lib:md5/1), for this module and for OTP modules the
%% program calls; module_info/0's md5 entry is the same binary.
f() -> ok.
main(_) ->
    Md5 = ?MODULE:module_info(md5),
    erlang:display({self, is_binary(Md5), byte_size(Md5), Md5}),
    erlang:display({same, lists:keyfind(md5, 1, module_info()) =:= {md5, Md5},
                    erlang:get_module_info(?MODULE, md5) =:= Md5}),
    erlang:display({lists, lists:module_info(md5)}),
    erlang:display({maps, maps:module_info(md5), erlang:get_module_info(maps, md5)}),
    F = fun() -> Md5 end,
    erlang:display({in_fun, F() =:= Md5, erlang:phash2(Md5)}).
