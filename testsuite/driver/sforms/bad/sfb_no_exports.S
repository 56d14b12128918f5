% No {exports,...} form: erlc fails in beam_clean.
{module, sfb_no_exports}.
{attributes, []}.
{labels, 5}.

{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"sfb_no_exports.erl",4}]}.
    {func_info,{atom,sfb_no_exports},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {call,0,{f,4}}.
    {line,[{location,"sfb_no_exports.erl",5}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


{function, hello, 0, 4}.
  {label,3}.
    {line,[{location,"sfb_no_exports.erl",7}]}.
    {func_info,{atom,sfb_no_exports},{atom,hello},0}.
  {label,4}.
    {move,{literal,{hello,"sfb_no_exports"}},{x,0}}.
    return.
