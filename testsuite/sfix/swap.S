%% swap: {swap,A,B} exchanges two registers.  x with x, x with y, y with
%% y, y with x; swapping back restores both; registers holding an
%% immediate, a boxed term and a list.
{module, swap}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 5}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"swap.erl",1}]}.
    {func_info,{atom,swap},{atom,main},1}.
  {label,2}.
    {allocate,2,1}.
    {move,{literal,{y0}},{y,0}}.
    {move,{literal,"y1"},{y,1}}.
    %% x with x
    {move,{atom,first},{x,0}}.
    {move,{integer,2},{x,1}}.
    {swap,{x,0},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% x with y, y with x
    {move,{float,3.5},{x,1}}.
    {move,{atom,x0},{x,0}}.
    {swap,{x,1},{y,0}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,x0},{x,0}}.
    {swap,{y,1},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,1},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% y with y, then back
    {swap,{y,0},{y,1}}.
    {test_heap,3,0}.
    {put_tuple2,{x,0},{list,[{y,0},{y,1}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {swap,{y,1},{y,0}}.
    {test_heap,3,0}.
    {put_tuple2,{x,0},{list,[{y,0},{y,1}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% a high x register with x0
    {move,{literal,[high]},{x,100}}.
    {move,{atom,low},{x,0}}.
    {swap,{x,0},{x,100}}.
    {move,{x,100},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,2}.
    return.

%% pair(A, B) -> {A, B}.
{function, pair, 2, 4}.
  {label,3}.
    {line,[{location,"swap.erl",2}]}.
    {func_info,{atom,swap},{atom,pair},2}.
  {label,4}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    return.
