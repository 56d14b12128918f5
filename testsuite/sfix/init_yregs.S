%% init_yregs: {init_yregs,{list,Ys}} sets each y register in Ys to [],
%% so that a frame made by allocate holds no stale words when the heap
%% is collected (the validator forbids reading them before a write).
%% One register, several, not adjacent; set again after use (as the
%% compiler does to drop a value); collections happen while they hold
%% [].
{module, init_yregs}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 9}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"init_yregs.erl",1}]}.
    {func_info,{atom,init_yregs},{atom,main},1}.
  {label,2}.
    {allocate,4,1}.
    {init_yregs,{list,[{y,0},{y,1},{y,2},{y,3}]}}.
    {move,{integer,5000},{x,0}}.
    {call,1,{f,6}}.
    {move,{x,0},{y,1}}.
    {call_ext,1,{extfunc,erlang,length,1}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% y1 holds a big list: drop it, keep y0 and y2 unset, collect
    {init_yregs,{list,[{y,1}]}}.
    {move,{atom,three},{y,3}}.
    {move,{integer,6000},{x,0}}.
    {call,1,{f,6}}.
    {call_ext,1,{extfunc,erlang,length,1}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,3},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{a,b}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,4}.
    return.

%% sparse(X) -> X, from a frame whose y0 and y2 are cleared around a
%% collection.
{function, sparse, 1, 4}.
  {label,3}.
    {line,[{location,"init_yregs.erl",2}]}.
    {func_info,{atom,init_yregs},{atom,sparse},1}.
  {label,4}.
    {allocate,3,1}.
    {init_yregs,{list,[{y,0},{y,2}]}}.
    {move,{x,0},{y,1}}.
    {move,{integer,3000},{x,0}}.
    {call,1,{f,6}}.
    {move,{y,1},{x,0}}.
    {deallocate,3}.
    return.

%% build(N) -> a list of N tuples, tail recursive.
{function, build, 1, 6}.
  {label,5}.
    {line,[{location,"init_yregs.erl",3}]}.
    {func_info,{atom,init_yregs},{atom,build},1}.
  {label,6}.
    {move,nil,{x,1}}.
  {label,7}.
    {test,is_eq_exact,{f,8},[{x,0},{integer,0}]}.
    {move,{x,1},{x,0}}.
    return.
  {label,8}.
    {test_heap,5,2}.
    {put_tuple2,{x,2},{list,[{x,0},{atom,e}]}}.
    {put_list,{x,2},{x,1},{x,1}}.
    {gc_bif,'-',{f,0},2,[{x,0},{integer,1}],{x,0}}.
    {jump,{f,7}}.
