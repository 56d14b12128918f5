%% deallocate without allocate.
%% expect: deallocates a stack frame, but there is none
{module, dealloc_no_frame}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"dealloc_no_frame.erl",1}]}.
    {func_info,{atom,dealloc_no_frame},{atom,main},1}.
  {label,2}.
    {deallocate,1}.
    return.
