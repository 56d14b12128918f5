%% call_last that drops a frame of the wrong size.
%% expect: the tail call drops a frame of 2, but the frame has 1
{module, tail_dealloc}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"tail_dealloc.erl",1}]}.
    {func_info,{atom,tail_dealloc},{atom,main},1}.
  {label,2}.
    {allocate,1,1}.
    {move,{x,0},{y,0}}.
    {move,{y,0},{x,0}}.
    {call_ext_last,1,{extfunc,lists,reverse,1},2}.
