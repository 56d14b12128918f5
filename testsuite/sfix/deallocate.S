%% deallocate: {deallocate,N} drops a frame of N y registers before a
%% return or a tail call.  Frames of 0, 1 and 4 registers; a loop of a
%% million iterations, each of which makes a frame, calls, deallocates
%% and tail-calls itself (the stack must not grow).
{module, deallocate}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 12}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"deallocate.erl",1}]}.
    {func_info,{atom,deallocate},{atom,main},1}.
  {label,2}.
    {allocate,1,1}.
    {move,{atom,main_y0},{y,0}}.
    {move,{integer,1},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,4},{x,0}}.
    {call,1,{f,6}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1000000},{x,0}}.
    {move,{integer,0},{x,1}}.
    {call,2,{f,8}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% the caller's frame is intact
    {move,{y,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,1}.
    return.

%% one(X) -> {X}: a frame of one register.
{function, one, 1, 4}.
  {label,3}.
    {line,[{location,"deallocate.erl",2}]}.
    {func_info,{atom,deallocate},{atom,one},1}.
  {label,4}.
    {allocate,1,1}.
    {move,{x,0},{y,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,2,0}.
    {put_tuple2,{x,0},{list,[{y,0}]}}.
    {deallocate,1}.
    return.

%% four(X) -> [X, X+1, X+2, X+3] from a frame of four registers.
{function, four, 1, 6}.
  {label,5}.
    {line,[{location,"deallocate.erl",3}]}.
    {func_info,{atom,deallocate},{atom,four},1}.
  {label,6}.
    {allocate,4,1}.
    {move,{x,0},{y,0}}.
    {move,{x,0},{y,1}}.
    {move,{x,0},{y,2}}.
    {move,{x,0},{y,3}}.
    {gc_bif,'+',{f,0},1,[{x,0},{integer,1}],{y,1}}.
    {gc_bif,'+',{f,0},1,[{x,0},{integer,2}],{y,2}}.
    {gc_bif,'+',{f,0},1,[{x,0},{integer,3}],{y,3}}.
    {call,0,{f,10}}.
    {test_heap,8,0}.
    {put_list,{y,3},nil,{x,0}}.
    {put_list,{y,2},{x,0},{x,0}}.
    {put_list,{y,1},{x,0},{x,0}}.
    {put_list,{y,0},{x,0},{x,0}}.
    {deallocate,4}.
    return.

%% loop(N, Acc) -> Acc + N(N+1)/2: each iteration has a frame around a
%% call, then deallocates it and tail-calls itself.
{function, loop, 2, 8}.
  {label,7}.
    {line,[{location,"deallocate.erl",4}]}.
    {func_info,{atom,deallocate},{atom,loop},2}.
  {label,8}.
    {test,is_eq_exact,{f,9},[{x,0},{integer,0}]}.
    {move,{x,1},{x,0}}.
    return.
  {label,9}.
    {allocate,2,2}.
    {move,{x,0},{y,0}}.
    {move,{x,1},{y,1}}.
    {call,0,{f,10}}.
    {gc_bif,'-',{f,0},0,[{y,0},{integer,1}],{x,0}}.
    {gc_bif,'+',{f,0},1,[{y,1},{y,0}],{x,1}}.
    {deallocate,2}.
    {call_only,2,{f,8}}.

%% nothing() -> ok, with no frame.
{function, nothing, 0, 10}.
  {label,11}.
    {line,[{location,"deallocate.erl",5}]}.
    {func_info,{atom,deallocate},{atom,nothing},0}.
  {label,10}.
    {move,{atom,ok},{x,0}}.
    return.
