%% return with the frame still allocated.
%% expect: returns with the stack frame still allocated
{module, return_with_frame}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"return_with_frame.erl",1}]}.
    {func_info,{atom,return_with_frame},{atom,main},1}.
  {label,2}.
    {allocate,1,1}.
    {move,{x,0},{y,0}}.
    return.
