%% allocate_heap: {allocate_heap,StackNeed,HeapNeed,Live} is allocate
%% with room for HeapNeed words on the heap: the terms built after it
%% need no test_heap.  HeapNeed as a word count and as an {alloc,...}
%% list (words, floats, funs); live x registers survive; a deep body
%% recursion whose every frame builds a tuple and a cons cell in the
%% room reserved (so the heap is collected with those frames on the
%% stack).
{module, allocate_heap}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 11}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"allocate_heap.erl",1}]}.
    {func_info,{atom,allocate_heap},{atom,main},1}.
  {label,2}.
    {allocate_heap,2,6,1}.
    {move,{atom,y0},{y,0}}.
    {move,{integer,12345678901234567890},{y,1}}.
    {put_tuple2,{x,1},{list,[{y,0},{x,0},{y,1}]}}.
    {put_list,{atom,head},{x,1},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,[l,i,v,e]},{x,0}}.
    {move,{literal,{x1}},{x,1}}.
    {move,{atom,x2},{x,2}}.
    {call,3,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,20000},{x,0}}.
    {call,1,{f,6}}.
    {move,{x,0},{y,0}}.
    {call_ext,1,{extfunc,erlang,length,1}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {test,is_nonempty_list,{f,10},[{x,0}]}.
    {get_hd,{x,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
  {label,10}.
    {move,{integer,2},{x,0}}.
    {call,1,{f,9}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,2}.
    return.

%% three(A, B, C) -> {C, [A|B]}: the heap need as an allocation list.
{function, three, 3, 4}.
  {label,3}.
    {line,[{location,"allocate_heap.erl",2}]}.
    {func_info,{atom,allocate_heap},{atom,three},3}.
  {label,4}.
    {allocate_heap,1,{alloc,[{words,5},{floats,0},{funs,0}]},3}.
    {move,{x,2},{y,0}}.
    {put_list,{x,0},{x,1},{x,1}}.
    {put_tuple2,{x,0},{list,[{y,0},{x,1}]}}.
    {deallocate,1}.
    return.

%% build(N) -> [{N,N}, ..., {1,1}], body recursive; each frame keeps N.
{function, build, 1, 6}.
  {label,5}.
    {line,[{location,"allocate_heap.erl",3}]}.
    {func_info,{atom,allocate_heap},{atom,build},1}.
  {label,6}.
    {test,is_eq_exact,{f,7},[{x,0},{integer,0}]}.
    {move,nil,{x,0}}.
    return.
  {label,7}.
    {allocate_heap,1,0,1}.
    {move,{x,0},{y,0}}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {call,1,{f,6}}.
    {test_heap,5,1}.
    {put_tuple2,{x,1},{list,[{y,0},{y,0}]}}.
    {put_list,{x,1},{x,0},{x,0}}.
    {deallocate,1}.
    return.

%% floats(N) -> {N * 0.5}: room for a float box and a tuple.
{function, floats, 1, 9}.
  {label,8}.
    {line,[{location,"allocate_heap.erl",4}]}.
    {func_info,{atom,allocate_heap},{atom,floats},1}.
  {label,9}.
    {allocate_heap,0,{alloc,[{words,2},{floats,1},{funs,0}]},1}.
    {fconv,{x,0},{fr,0}}.
    {fmove,{float,0.5},{fr,1}}.
    {bif,fmul,{f,0},[{fr,0},{fr,1}],{fr,0}}.
    {fmove,{fr,0},{x,0}}.
    {put_tuple2,{x,0},{list,[{x,0}]}}.
    {deallocate,0}.
    return.
