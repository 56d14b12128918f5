%% a move whose destination is not a register.
%% expect: operand 2 must be a register (x or y)
{module, dst_not_reg}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"dst_not_reg.erl",1}]}.
    {func_info,{atom,dst_not_reg},{atom,main},1}.
  {label,2}.
    {move,{x,0},{atom,foo}}.
    return.
