% Exports must be a proper list.
{module, sfb_exports_improper}.
{exports, [{main,1}|b]}.

{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"sfb_exports_improper.erl",4}]}.
    {func_info,{atom,sfb_exports_improper},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {call,0,{f,4}}.
    {line,[{location,"sfb_exports_improper.erl",5}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


{function, hello, 0, 4}.
  {label,3}.
    {line,[{location,"sfb_exports_improper.erl",7}]}.
    {func_info,{atom,sfb_exports_improper},{atom,hello},0}.
  {label,4}.
    {move,{literal,{hello,"sfb_exports_improper"}},{x,0}}.
    return.
