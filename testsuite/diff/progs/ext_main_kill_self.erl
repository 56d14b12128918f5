-module(ext_main_kill_self).
-export([main/1]).
%% exit(self(), kill) in main: main dies with reason killed (a signal, not
%% an exception): {"init terminating in do_boot",killed} on stdout, status
%% 1, although main traps exits (kill cannot be trapped); the code after it
%% does not run (erl handles a signal a process sends
%% to itself before exit/2 returns).
main(_) ->
    erlang:display(before_kill),
    erlang:display({trap_exit, process_flag(trap_exit, true)}),
    exit(self(), kill),
    erlang:display(not_reached).
