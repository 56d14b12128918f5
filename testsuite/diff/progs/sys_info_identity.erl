-module(sys_info_identity).
-export([main/1]).
%% erlang:system_info/1 about what the system is: the OTP release and
%% erts version the program runs against, the machine, the word size (8
%% or 4: printed as a fact, since the ARM targets are 32-bit), the byte
%% order, the OS type; the strings' shapes where the values are the
%% host's (system_version, system_architecture, os_version).
id(X) -> X.
is_string(L) -> is_list(L) andalso lists:all(fun(C) -> is_integer(C) andalso C >= 32 andalso C < 127 orelse C =:= $\n end, L).
main(_) ->
    erlang:display(erlang:system_info(machine)),
    erlang:display(erlang:system_info(otp_release)),
    erlang:display(erlang:system_info(version)),
    W = erlang:system_info(wordsize),
    erlang:display({wordsize, lists:member(W, [4, 8])}),
    erlang:display({internal, erlang:system_info({wordsize, internal}) =:= W}),
    erlang:display({external, erlang:system_info({wordsize, id(external)}) =:= W}),
    erlang:display(erlang:system_info(endian)),
    erlang:display(erlang:system_info(os_type)),
    {Ma, Mi, Re} = erlang:system_info(os_version),
    erlang:display({os_version, is_integer(Ma), is_integer(Mi), is_integer(Re), Ma >= 2}),
    SV = erlang:system_info(system_version),
    erlang:display({system_version, is_string(SV), lists:prefix("Erlang/OTP 25 [erts-13.1.5]", SV),
                    lists:last(SV)}),
    SA = erlang:system_info(system_architecture),
    erlang:display({system_architecture, is_string(SA), length(string:tokens(SA, "-")) >= 3}),
    erlang:display(erlang:system_info(smp_support)),
    erlang:display(erlang:system_info(heap_type)),
    erlang:display(erlang:system_info(compat_rel)),
    erlang:display(erlang:system_info(debug_compiled)),
    erlang:display(erlang:system_info(build_type)),
    erlang:display(erlang:system_info(hipe_architecture)),
    erlang:display({emu_type, erlang:system_info(emu_type)}),
    erlang:display({emu_flavor, lists:member(erlang:system_info(emu_flavor), [emu, jit])}).
