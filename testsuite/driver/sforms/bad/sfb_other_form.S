% A form that is no header form before the first function.
{module, sfb_other_form}.
{exports, [{main,1}]}.
{vsn, 1}.

{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"sfb_other_form.erl",4}]}.
    {func_info,{atom,sfb_other_form},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {call,0,{f,4}}.
    {line,[{location,"sfb_other_form.erl",5}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


{function, hello, 0, 4}.
  {label,3}.
    {line,[{location,"sfb_other_form.erl",7}]}.
    {func_info,{atom,sfb_other_form},{atom,hello},0}.
  {label,4}.
    {move,{literal,{hello,"sfb_other_form"}},{x,0}}.
    return.
