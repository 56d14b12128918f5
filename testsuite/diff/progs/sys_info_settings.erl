-module(sys_info_settings).
-export([main/1]).
%% erlang:system_info/1 about limits, counts and settings: erl's defaults
%% (atom and port limits, heap sizes, fullsweep_after, the context's
%% reductions, the time warp mode and the monotonic clock's range), and
%% the counts as facts (atoms: below the limit, growing with a new one).
id(X) -> X.
main(_) ->
    erlang:display(erlang:system_info(atom_limit)),
    AC = erlang:system_info(atom_count),
    _ = list_to_atom(id("sys_info_settings_a_new_atom")),
    AC2 = erlang:system_info(atom_count),
    erlang:display({atom_count, is_integer(AC), AC < 1048576, AC2 =:= AC + 1}),
    erlang:display(erlang:system_info(port_limit)),
    erlang:display(is_integer(erlang:system_info(port_count))),
    erlang:display(erlang:system_info(min_heap_size)),
    erlang:display(erlang:system_info(min_bin_vheap_size)),
    erlang:display(erlang:system_info(fullsweep_after)),
    erlang:display(erlang:system_info(context_reductions)),
    erlang:display(erlang:system_info(time_offset)),
    erlang:display(erlang:system_info(time_warp_mode)),
    Start = erlang:system_info(start_time),
    End = erlang:system_info(end_time),
    erlang:display({Start, End}),
    Now = erlang:monotonic_time(),
    erlang:display({start_time_before_now, Start =< Now, Now < End}),
    erlang:display(erlang:system_info(creation)),
    erlang:display(erlang:system_info(dist_ctrl)),
    erlang:display(erlang:system_info(trace_control_word)),
    erlang:display(erlang:system_info(sequential_tracer)),
    erlang:display({threads, is_boolean(erlang:system_info(threads))}),
    erlang:display({thread_pool_size, is_integer(erlang:system_info(thread_pool_size))}),
    erlang:display({multi_scheduling,
                    lists:member(erlang:system_info(multi_scheduling),
                                 [enabled, disabled, blocked, blocked_normal])}).
