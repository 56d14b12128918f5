%% catch_end on a register that holds no catch tag.
%% expect: y1 does not hold the innermost open catch
{module, catch_end_wrong}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"catch_end_wrong.erl",1}]}.
    {func_info,{atom,catch_end_wrong},{atom,main},1}.
  {label,2}.
    {allocate,2,1}.
    {'catch',{y,0},{f,3}}.
  {label,3}.
    {catch_end,{y,1}}.
    {deallocate,2}.
    return.
