%% init_yregs with registers out of order.
%% expect: the registers must be listed in increasing order, once each
{module, init_yregs_order}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"init_yregs_order.erl",1}]}.
    {func_info,{atom,init_yregs_order},{atom,main},1}.
  {label,2}.
    {allocate,2,1}.
    {init_yregs,{list,[{y,1},{y,0}]}}.
    {deallocate,2}.
    return.
