%% line: {line,Location} sets the source location that a stacktrace
%% frame of the function shows for what follows: the raise itself at the
%% top, and each call site below it.  Locations change between
%% instructions; one names another file; one carries a scope as well
%% ({line,[{scope,...},{location,...}]}); {line,[]} gives no location; a
%% big line number; the frames of this module are shown.
{module, line}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 19}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"line.erl",1}]}.
    {func_info,{atom,line},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {move,{integer,0},{x,0}}.
    {line,[{location,"line.erl",2}]}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1},{x,0}}.
    {line,[{location,"line.erl",3}]}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,2},{x,0}}.
    {line,[{location,"line.erl",4}]}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,3},{x,0}}.
    {line,[{location,"line.erl",5}]}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% run(N) -> {Reason, Frames}, Frames being the frames of this module.
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"line.erl",6}]}.
    {func_info,{atom,line},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"line.erl",7}]}.
    {call,1,{f,8}}.
    {try_end,{y,0}}.
    {deallocate,1}.
    return.
  {label,5}.
    {try_case,{y,0}}.
    {move,{x,1},{y,0}}.
    {move,{x,2},{x,0}}.
    build_stacktrace.
    {line,[{location,"line.erl",8}]}.
    {call,1,{f,17}}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{y,0},{x,0}]}}.
    {deallocate,1}.
    return.

%% case(N): 0 raises after a line change; 1 raises in another file's
%% location, after a call from yet another line; 2 with a scope; 3 in a
%% function whose location is [].
{function, 'case', 1, 8}.
  {label,7}.
    {line,[{location,"line.erl",9}]}.
    {func_info,{atom,line},{atom,'case'},1}.
  {label,8}.
    {allocate,0,1}.
    {select_val,{x,0},{f,12},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11}]}}.
  {label,9}.
    {line,[{location,"line.erl",10}]}.
    {move,{atom,zero},{x,0}}.
    {line,[{location,"line.erl",11}]}.
    {call_ext,1,{extfunc,erlang,error,1}}.
  {label,10}.
    {move,{atom,one},{x,0}}.
    {line,[{location,"line.erl",100000}]}.
    {call,1,{f,14}}.
    {test_heap,2,1}.
    {put_list,{atom,unreached},{x,0},{x,0}}.
    {deallocate,0}.
    return.
  {label,11}.
    {move,{atom,two},{x,0}}.
    {line,[{scope,[1]},{location,"line.erl",13}]}.
    {call_ext,1,{extfunc,erlang,error,1}}.
  {label,12}.
    {move,{atom,three},{x,0}}.
    {line,[{location,"line.erl",14}]}.
    {call,1,{f,16}}.
    {test_heap,2,1}.
    {put_list,{atom,unreached},{x,0},{x,0}}.
    {deallocate,0}.
    return.

%% elsewhere(R): error(R) at line 7 of line.hrl.
{function, elsewhere, 1, 14}.
  {label,13}.
    {line,[{location,"line.hrl",6}]}.
    {func_info,{atom,line},{atom,elsewhere},1}.
  {label,14}.
    {line,[{location,"line.hrl",7}]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.

%% nowhere(R): error(R) with no location.
{function, nowhere, 1, 16}.
  {label,15}.
    {line,[]}.
    {func_info,{atom,line},{atom,nowhere},1}.
  {label,16}.
    {line,[]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.

%% ours(Frames) -> the frames of this module at the head of Frames.
{function, ours, 1, 17}.
  {label,6}.
    {line,[{location,"line.erl",15}]}.
    {func_info,{atom,line},{atom,ours},1}.
  {label,17}.
    {test,is_nonempty_list,{f,18},[{x,0}]}.
    {get_list,{x,0},{x,1},{x,2}}.
    {test,is_tuple,{f,18},[{x,1}]}.
    {test,test_arity,{f,18},[{x,1},4]}.
    {get_tuple_element,{x,1},0,{x,3}}.
    {test,is_eq_exact,{f,18},[{x,3},{atom,line}]}.
    {allocate,1,3}.
    {move,{x,1},{y,0}}.
    {move,{x,2},{x,0}}.
    {line,[{location,"line.erl",16}]}.
    {call,1,{f,17}}.
    {test_heap,2,1}.
    {put_list,{y,0},{x,0},{x,0}}.
    {deallocate,1}.
    return.
  {label,18}.
    {move,nil,{x,0}}.
    return.
