% The header forms in another order.
{labels, 5}.
{attributes, []}.
{exports, [{main,1}]}.
{module, sf_any_order}.

{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"sf_any_order.erl",4}]}.
    {func_info,{atom,sf_any_order},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {call,0,{f,4}}.
    {line,[{location,"sf_any_order.erl",5}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


{function, hello, 0, 4}.
  {label,3}.
    {line,[{location,"sf_any_order.erl",7}]}.
    {func_info,{atom,sf_any_order},{atom,hello},0}.
  {label,4}.
    {move,{literal,{hello,"sf_any_order"}},{x,0}}.
    return.
