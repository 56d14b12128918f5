% Header forms given twice: the last of each kind wins.
{module, sf_other}.
{exports, []}.
{attributes, [{x,[1]}]}.
{labels, 2}.
{module, sf_repeated}.
{exports, [{main,1}]}.
{attributes, []}.
{labels, 5}.

{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"sf_repeated.erl",4}]}.
    {func_info,{atom,sf_repeated},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {call,0,{f,4}}.
    {line,[{location,"sf_repeated.erl",5}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


{function, hello, 0, 4}.
  {label,3}.
    {line,[{location,"sf_repeated.erl",7}]}.
    {func_info,{atom,sf_repeated},{atom,hello},0}.
  {label,4}.
    {move,{literal,{hello,"sf_repeated"}},{x,0}}.
    return.
