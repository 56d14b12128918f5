% The module name must be an atom.
{module, "sfb_module_string"}.
{exports, [{main,1}]}.

{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"sfb_module_string.erl",4}]}.
    {func_info,{atom,sfb_module_string},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {call,0,{f,4}}.
    {line,[{location,"sfb_module_string.erl",5}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


{function, hello, 0, 4}.
  {label,3}.
    {line,[{location,"sfb_module_string.erl",7}]}.
    {func_info,{atom,sfb_module_string},{atom,hello},0}.
  {label,4}.
    {move,{literal,{hello,"sfb_module_string"}},{x,0}}.
    return.
