%% a return with a try still open.
%% expect: the frame is dropped with a catch or try still open in y0
{module, try_unclosed}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"try_unclosed.erl",1}]}.
    {func_info,{atom,try_unclosed},{atom,main},1}.
  {label,2}.
    {allocate,1,1}.
    {'try',{y,0},{f,3}}.
    {deallocate,1}.
    return.
  {label,3}.
    {try_case,{y,0}}.
    {deallocate,1}.
    return.
