%% a read of an X register nothing wrote.
%% expect: x1 is read before it is initialised
{module, uninit_x}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"uninit_x.erl",1}]}.
    {func_info,{atom,uninit_x},{atom,main},1}.
  {label,2}.
    {move,{x,1},{x,0}}.
    return.
