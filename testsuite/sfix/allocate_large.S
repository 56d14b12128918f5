%% allocate, large frames: {allocate_zero,1000,1} makes a frame of 1000 y
%% registers (beamc clears frames of more than 16 words with a loop, so
%% its C does not grow with the frame).  The first and the last y register
%% hold values across a call that grows the heap; a recursion 300 frames
%% deep of 1000-register frames makes the stack large (300,000 words).
{module, allocate_large}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 7}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"allocate_large.erl",1}]}.
    {func_info,{atom,allocate_large},{atom,main},1}.
  {label,2}.
    {allocate_zero,1000,1}.
    {move,{atom,first},{y,0}}.
    {move,{literal,{last,"y999"}},{y,999}}.
    {init_yregs,{list,[{y,1},{y,2},{y,998}]}}.
    {move,{integer,300},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,999},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,done},{x,0}}.
    {call_ext_last,1,{extfunc,erlang,display,1},1000}.


%% deep(N): N nested frames of 1000 y registers; returns the sum of the
%% depths kept in y500 on the way back.
{function, deep, 1, 4}.
  {label,3}.
    {line,[{location,"allocate_large.erl",2}]}.
    {func_info,{atom,allocate_large},{atom,deep},1}.
  {label,4}.
    {test,is_eq_exact,{f,5},[{x,0},{integer,0}]}.
    return.
  {label,5}.
    {allocate_zero,1000,1}.
    {move,{x,0},{y,500}}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {call,1,{f,4}}.
    {gc_bif,'+',{f,0},1,[{x,0},{y,500}],{x,0}}.
    {deallocate,1000}.
    return.
