%% call_last: {call_last,Arity,Label,Dealloc} drops a frame of Dealloc y
%% registers and tail-calls a local function.  Dealloc 0, 1 and 3;
%% arguments taken from the frame being dropped; self tail calls that
%% loop a million times, each iteration making a frame around a call;
%% arities 1, 2 and 6; the stack must not grow.
{module, call_last}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 14}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"call_last.erl",1}]}.
    {func_info,{atom,call_last},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {move,{integer,1000000},{x,0}}.
    {move,{integer,0},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,arg},{x,0}}.
    {call,1,{f,7}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,arg},{x,0}}.
    {call,1,{f,9}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% loop(N, Acc) -> Acc + N(N+1)/2, with a frame of 3 in each iteration.
{function, loop, 2, 4}.
  {label,3}.
    {line,[{location,"call_last.erl",2}]}.
    {func_info,{atom,call_last},{atom,loop},2}.
  {label,4}.
    {test,is_eq_exact,{f,5},[{x,0},{integer,0}]}.
    {move,{x,1},{x,0}}.
    return.
  {label,5}.
    {allocate,3,2}.
    {move,{x,0},{y,0}}.
    {move,{x,1},{y,1}}.
    {move,{atom,unused},{y,2}}.
    {call,0,{f,11}}.
    {gc_bif,'-',{f,0},0,[{y,0},{integer,1}],{x,0}}.
    {gc_bif,'+',{f,0},1,[{y,1},{y,0}],{x,1}}.
    {call_last,2,{f,4},3}.

%% one(X) -> six(X, ...): arguments from the frame being dropped.
{function, one, 1, 7}.
  {label,6}.
    {line,[{location,"call_last.erl",3}]}.
    {func_info,{atom,call_last},{atom,one},1}.
  {label,7}.
    {allocate,1,1}.
    {move,{x,0},{y,0}}.
    {call,0,{f,11}}.
    {move,{x,0},{x,1}}.
    {move,{y,0},{x,0}}.
    {move,{y,0},{x,2}}.
    {move,{literal,[three]},{x,3}}.
    {move,{integer,4},{x,4}}.
    {move,{y,0},{x,5}}.
    {call_last,6,{f,13},1}.

%% zero(X) -> six(...) with a frame of no registers.
{function, zero, 1, 9}.
  {label,8}.
    {line,[{location,"call_last.erl",4}]}.
    {func_info,{atom,call_last},{atom,zero},1}.
  {label,9}.
    {allocate,0,1}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,a},{x,1}}.
    {move,{atom,b},{x,2}}.
    {move,{atom,c},{x,3}}.
    {move,{atom,d},{x,4}}.
    {move,{atom,e},{x,5}}.
    {call_last,6,{f,13},0}.

{function, nothing, 0, 11}.
  {label,10}.
    {line,[{location,"call_last.erl",5}]}.
    {func_info,{atom,call_last},{atom,nothing},0}.
  {label,11}.
    {move,{atom,nothing},{x,0}}.
    return.

%% six(...) -> {x0, ..., x5}.
{function, six, 6, 13}.
  {label,12}.
    {line,[{location,"call_last.erl",6}]}.
    {func_info,{atom,call_last},{atom,six},6}.
  {label,13}.
    {test_heap,7,6}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2},{x,3},{x,4},{x,5}]}}.
    return.
