% A label count that is no number at all: erlc ignores it.
{module, sf_labels_junk}.
{exports, [{main,1}]}.
{attributes, []}.
{labels, many}.

{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"sf_labels_junk.erl",4}]}.
    {func_info,{atom,sf_labels_junk},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {call,0,{f,4}}.
    {line,[{location,"sf_labels_junk.erl",5}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


{function, hello, 0, 4}.
  {label,3}.
    {line,[{location,"sf_labels_junk.erl",7}]}.
    {func_info,{atom,sf_labels_junk},{atom,hello},0}.
  {label,4}.
    {move,{literal,{hello,"sf_labels_junk"}},{x,0}}.
    return.
