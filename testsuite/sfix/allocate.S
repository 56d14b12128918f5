%% allocate: {allocate,StackNeed,Live} makes a stack frame of StackNeed
%% y registers; x0..x(Live-1) stay live across it.  Frames of 0, 1 and 5
%% y registers; live x registers holding heap terms survive the
%% allocation; and a body recursion 20000 frames deep, so that the stack
%% grows (and the heap is collected) while frames hold values.
{module, allocate}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 10}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"allocate.erl",1}]}.
    {func_info,{atom,allocate},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {move,{literal,[a,b]},{x,0}}.
    {move,{integer,7},{x,1}}.
    {move,{literal,{t,"x"}},{x,2}}.
    {call,3,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,20000},{x,0}}.
    {call,1,{f,8}}.
    {call_ext,1,{extfunc,erlang,length,1}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,3},{x,0}}.
    {call,1,{f,8}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% keep(A, B, C): a frame of five y registers with three live x
%% registers; returns {C, B, A, y4} after a call.
{function, keep, 3, 4}.
  {label,3}.
    {line,[{location,"allocate.erl",2}]}.
    {func_info,{atom,allocate},{atom,keep},3}.
  {label,4}.
    {allocate,5,3}.
    {move,{x,0},{y,0}}.
    {move,{x,1},{y,1}}.
    {move,{x,2},{y,2}}.
    {move,{atom,unused},{y,3}}.
    {move,{literal,[four]},{y,4}}.
    {move,{x,2},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {call,0,{f,6}}.
    {test_heap,5,0}.
    {put_tuple2,{x,0},{list,[{y,2},{y,1},{y,0},{y,4}]}}.
    {deallocate,5}.
    return.

%% one(): a frame of one y register around a call.
{function, one, 0, 6}.
  {label,5}.
    {line,[{location,"allocate.erl",3}]}.
    {func_info,{atom,allocate},{atom,one},0}.
  {label,6}.
    {allocate,1,0}.
    {move,{atom,one},{y,0}}.
    {move,{y,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {deallocate,1}.
    return.

%% down(N) -> [N, N-1, ..., 1], by body recursion: each level keeps N
%% in its frame.
{function, down, 1, 8}.
  {label,7}.
    {line,[{location,"allocate.erl",4}]}.
    {func_info,{atom,allocate},{atom,down},1}.
  {label,8}.
    {test,is_eq_exact,{f,9},[{x,0},{integer,0}]}.
    {move,nil,{x,0}}.
    return.
  {label,9}.
    {allocate,1,1}.
    {move,{x,0},{y,0}}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {call,1,{f,8}}.
    {test_heap,2,1}.
    {put_list,{y,0},{x,0},{x,0}}.
    {deallocate,1}.
    return.
