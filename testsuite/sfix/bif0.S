%% bif0: {bif,Name,{f,_},[],Dst} calls a BIF of no arguments, which
%% cannot fail: self() and node().  Dst an x or a y register; self() is
%% a pid, the same each time; node() is nonode@nohost (no distribution).
{module, bif0}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 15}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"bif0.erl",1}]}.
    {func_info,{atom,bif0},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
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
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


%% run(N) -> {value, V} for case N's value V, or {{caught, Class,
%% Reason}, TopFrame} when it raises (TopFrame: the first entry of the
%% stacktrace).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"bif0.erl",2}]}.
    {func_info,{atom,bif0},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"bif0.erl",3}]}.
    {call,1,{f,8}}.
    {try_end,{y,0}}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{atom,value},{x,0}]}}.
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


%% case(N): the cases, each described where it starts.
{function, 'case', 1, 8}.
  {label,7}.
    {line,[{location,"bif0.erl",4}]}.
    {func_info,{atom,bif0},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,11},{integer,2},{f,13},{integer,3},{f,14}]}}.
  {label,9}.
    %% 0: self() into x: a pid, equal to itself
    {bif,self,{f,0},[],{x,1}}.
    {bif,self,{f,0},[],{x,2}}.
    {move,{atom,no},{x,0}}.
    {test,is_pid,{f,10},[{x,1}]}.
    {test,is_eq_exact,{f,10},[{x,1},{x,2}]}.
    {move,{atom,yes},{x,0}}.
  {label,10}.
    return.
  {label,11}.
    %% 1: self() into y
    {allocate,1,0}.
    {bif,self,{f,0},[],{y,0}}.
    {move,{atom,no},{x,0}}.
    {test,is_pid,{f,12},[{y,0}]}.
    {move,{atom,yes},{x,0}}.
  {label,12}.
    {deallocate,1}.
    return.
  {label,13}.
    %% 2: node() into x
    {bif,node,{f,0},[],{x,0}}.
    return.
  {label,14}.
    %% 3: node() into y
    {allocate,1,0}.
    {bif,node,{f,0},[],{y,0}}.
    {move,{y,0},{x,0}}.
    {deallocate,1}.
    return.
