%% a read of a Y register nothing wrote.
%% expect: y0 is read before it is initialised
{module, uninit_y}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"uninit_y.erl",1}]}.
    {func_info,{atom,uninit_y},{atom,main},1}.
  {label,2}.
    {allocate,1,1}.
    {move,{y,0},{x,0}}.
    {deallocate,1}.
    return.
