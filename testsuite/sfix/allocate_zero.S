%% allocate_zero: {allocate_zero,StackNeed,Live} is allocate with every
%% new y register set to [] (the validator forbids reading them before a
%% write, so what shows is that the collector copes with them).  Live x
%% registers survive; a deep body recursion through frames of three
%% registers, of which only one is written, builds a list (so the heap
%% is collected with those frames on the stack).
{module, allocate_zero}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 9}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"allocate_zero.erl",1}]}.
    {func_info,{atom,allocate_zero},{atom,main},1}.
  {label,2}.
    {allocate_zero,3,1}.
    {move,{literal,{live,x0}},{x,0}}.
    {move,{integer,-5},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,20000},{x,0}}.
    {call,1,{f,6}}.
    {move,{x,0},{y,2}}.
    {call_ext,1,{extfunc,erlang,length,1}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,2},{x,0}}.
    {test,is_nonempty_list,{f,8},[{x,0}]}.
    {get_hd,{x,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
  {label,8}.
    {move,{atom,ok},{x,0}}.
    {deallocate,3}.
    return.

%% pair(A, B) -> {B, A}, in a frame of two untouched registers.
{function, pair, 2, 4}.
  {label,3}.
    {line,[{location,"allocate_zero.erl",2}]}.
    {func_info,{atom,allocate_zero},{atom,pair},2}.
  {label,4}.
    {allocate_zero,2,2}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,1},{x,0}]}}.
    {deallocate,2}.
    return.

%% build(N) -> [{N}, {N-1}, ..., {1}], body recursive.
{function, build, 1, 6}.
  {label,5}.
    {line,[{location,"allocate_zero.erl",3}]}.
    {func_info,{atom,allocate_zero},{atom,build},1}.
  {label,6}.
    {allocate_zero,3,1}.
    {move,{x,0},{y,1}}.
    {move,nil,{x,1}}.
    {test,is_eq_exact,{f,7},[{x,0},{integer,0}]}.
    {move,nil,{x,0}}.
    {deallocate,3}.
    return.
  {label,7}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {call,1,{f,6}}.
    {test_heap,4,1}.
    {put_tuple2,{x,1},{list,[{y,1}]}}.
    {put_list,{x,1},{x,0},{x,0}}.
    {deallocate,3}.
    return.
