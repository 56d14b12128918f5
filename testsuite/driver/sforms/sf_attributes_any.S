% Attributes that are any proper list.
{module, sf_attributes_any}.
{exports, [{main,1}]}.
{attributes, [foo,{vsn,[1]},{author,[me]}]}.
{labels, 5}.

{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"sf_attributes_any.erl",4}]}.
    {func_info,{atom,sf_attributes_any},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {call,0,{f,4}}.
    {line,[{location,"sf_attributes_any.erl",5}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


{function, hello, 0, 4}.
  {label,3}.
    {line,[{location,"sf_attributes_any.erl",7}]}.
    {func_info,{atom,sf_attributes_any},{atom,hello},0}.
  {label,4}.
    {move,{literal,{hello,"sf_attributes_any"}},{x,0}}.
    return.
