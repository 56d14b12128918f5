%% return: gives x0 back to the caller.  Functions return an immediate,
%% a literal and a register built earlier, with and without a stack
%% frame; main/1's own return value is ignored (exit status 0).
{module, return}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 11}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"return.erl",1}]}.
    {func_info,{atom,return},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {call,0,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {call,0,{f,6}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,arg},{x,0}}.
    {call,1,{f,8}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,arg},{x,0}}.
    {call,1,{f,10}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% main/1 returns something other than ok: still exit status 0
    {move,{literal,{not_ok,1}},{x,0}}.
    {deallocate,0}.
    return.

%% an immediate, no stack frame
{function, imm, 0, 4}.
  {label,3}.
    {line,[{location,"return.erl",2}]}.
    {func_info,{atom,return},{atom,imm},0}.
  {label,4}.
    {move,{integer,-3},{x,0}}.
    return.

%% a literal
{function, lit, 0, 6}.
  {label,5}.
    {line,[{location,"return.erl",3}]}.
    {func_info,{atom,return},{atom,lit},0}.
  {label,6}.
    {move,{literal,{returned,[1,2,3]}},{x,0}}.
    return.

%% the argument itself: return leaves x0 as it is
{function, same, 1, 8}.
  {label,7}.
    {line,[{location,"return.erl",4}]}.
    {func_info,{atom,return},{atom,same},1}.
  {label,8}.
    return.

%% a value kept in a y register across a call, returned after deallocate
{function, framed, 1, 10}.
  {label,9}.
    {line,[{location,"return.erl",5}]}.
    {func_info,{atom,return},{atom,framed},1}.
  {label,10}.
    {allocate,1,1}.
    {move,{x,0},{y,0}}.
    {move,{atom,inner},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,3,0}.
    {put_tuple2,{x,0},{list,[{atom,framed},{y,0}]}}.
    {deallocate,1}.
    return.
