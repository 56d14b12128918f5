% Neither {attributes,...} nor {labels,...}.
{module, sf_headers_only}.
{exports, [{main,1}]}.

{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"sf_headers_only.erl",4}]}.
    {func_info,{atom,sf_headers_only},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {call,0,{f,4}}.
    {line,[{location,"sf_headers_only.erl",5}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


{function, hello, 0, 4}.
  {label,3}.
    {line,[{location,"sf_headers_only.erl",7}]}.
    {func_info,{atom,sf_headers_only},{atom,hello},0}.
  {label,4}.
    {move,{literal,{hello,"sf_headers_only"}},{x,0}}.
    return.
