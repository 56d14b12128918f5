%% a stack frame beyond the BEAM's 1024 Y registers.
%% expect: a frame of 10000000 Y registers is beyond the limit of 1024
{module, huge_frame}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"huge_frame.erl",1}]}.
    {func_info,{atom,huge_frame},{atom,main},1}.
  {label,2}.
    {allocate,10000000,1}.
    {deallocate,10000000}.
    return.
