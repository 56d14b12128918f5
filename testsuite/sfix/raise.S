%% raise: {bif,raise,{f,0},[Stacktrace,Reason],Dst} (the raise
%% instruction) raises Reason again with the class and the stacktrace
%% held in the raw Stacktrace a handler got in x2: a rethrow.  Errors,
%% throws and exits rethrown from x and y registers; rethrown twice
%% through two handlers; the outer handler sees the class, the reason
%% and the first frame of the original raise; the last rethrow is not
%% caught (exit status 127, escript's message names the original error).
{module, raise}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 19}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"raise.erl",1}]}.
    {func_info,{atom,raise},{atom,main},1}.
  {label,2}.
    {allocate,1,1}.
    {move,nil,{y,0}}.
    {move,{integer,0},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,2},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,3},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% not caught: rethrow an error
    {'try',{y,0},{f,18}}.
    {move,{integer,0},{x,0}}.
    {line,[{location,"raise.erl",2}]}.
    {call,1,{f,8}}.
    {try_end,{y,0}}.
    {deallocate,1}.
    return.
  {label,18}.
    {try_case,{y,0}}.
    {line,[{location,"raise.erl",3}]}.
    {bif,raise,{f,0},[{x,2},{x,1}],{x,0}}.

%% run(N) -> {{caught, Class, Reason}, TopFrame} for the exception of
%% rethrow(N).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"raise.erl",4}]}.
    {func_info,{atom,raise},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"raise.erl",5}]}.
    {call,1,{f,12}}.
    {try_end,{y,0}}.
    {deallocate,1}.
    return.
  {label,5}.
    {try_case,{y,0}}.
    {test_heap,4,3}.
    {put_tuple2,{y,0},{list,[{atom,caught},{x,0},{x,1}]}}.
    {move,{x,2},{x,0}}.
    build_stacktrace.
    {test,is_nonempty_list,{f,6},[{x,0}]}.
    {get_hd,{x,0},{x,0}}.
  {label,6}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{y,0},{x,0}]}}.
    {deallocate,1}.
    return.

%% raising(N): 0 error(boom); 1 throw(ball); 2 exit(door), at different
%% lines.
{function, raising, 1, 8}.
  {label,7}.
    {line,[{location,"raise.erl",6}]}.
    {func_info,{atom,raise},{atom,raising},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11}]}}.
  {label,9}.
    {move,{atom,boom},{x,0}}.
    {line,[{location,"raise.erl",7}]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.
  {label,10}.
    {move,{atom,ball},{x,0}}.
    {line,[{location,"raise.erl",8}]}.
    {call_ext_only,1,{extfunc,erlang,throw,1}}.
  {label,11}.
    {move,{atom,door},{x,0}}.
    {line,[{location,"raise.erl",9}]}.
    {call_ext_only,1,{extfunc,erlang,exit,1}}.

%% rethrow(N): N in 0..2 catches raising(N) and rethrows it from x
%% registers; 3 catches raising(1), rethrows from y registers, catches
%% that and rethrows again.
{function, rethrow, 1, 12}.
  {label,15}.
    {line,[{location,"raise.erl",10}]}.
    {func_info,{atom,raise},{atom,rethrow},1}.
  {label,12}.
    {allocate,3,1}.
    {init_yregs,{list,[{y,0},{y,1}]}}.
    {test,is_eq_exact,{f,16},[{x,0},{integer,3}]}.
    {'try',{y,2},{f,14}}.
    {'try',{y,1},{f,17}}.
    {move,{integer,1},{x,0}}.
    {line,[{location,"raise.erl",11}]}.
    {call,1,{f,8}}.
    {try_end,{y,1}}.
    {try_end,{y,2}}.
    {deallocate,3}.
    return.
  {label,17}.
    {try_case,{y,1}}.
    {move,{x,1},{y,0}}.
    {move,{x,2},{y,1}}.
    {line,[{location,"raise.erl",12}]}.
    {bif,raise,{f,0},[{y,1},{y,0}],{x,0}}.
  {label,16}.
    {'try',{y,2},{f,14}}.
    {line,[{location,"raise.erl",13}]}.
    {call,1,{f,8}}.
    {try_end,{y,2}}.
    {deallocate,3}.
    return.
  {label,14}.
    {try_case,{y,2}}.
    {line,[{location,"raise.erl",14}]}.
    {bif,raise,{f,0},[{x,2},{x,1}],{x,0}}.
