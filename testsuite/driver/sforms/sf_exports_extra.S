% Export entries that name no function, are no {F,A}, or repeat one:
% erlc leaves them out.
{module, sf_exports_extra}.
{exports, [{nosuch,0},main,{main,1},{main,"1"},{main,1,2},{main,1}]}.
{attributes, []}.
{labels, 5}.

{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"sf_exports_extra.erl",4}]}.
    {func_info,{atom,sf_exports_extra},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {call,0,{f,4}}.
    {line,[{location,"sf_exports_extra.erl",5}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


{function, hello, 0, 4}.
  {label,3}.
    {line,[{location,"sf_exports_extra.erl",7}]}.
    {func_info,{atom,sf_exports_extra},{atom,hello},0}.
  {label,4}.
    {move,{literal,{hello,"sf_exports_extra"}},{x,0}}.
    return.
