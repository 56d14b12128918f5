%% a local call with the wrong number of arguments.
%% expect: calls other/1 with 2 arguments
{module, call_arity}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 6}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"call_arity.erl",1}]}.
    {func_info,{atom,call_arity},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {move,{x,0},{x,1}}.
    {call,2,{f,4}}.
    {deallocate,0}.
    return.


{function, other, 1, 4}.
  {label,3}.
    {line,[{location,"call_arity.erl",2}]}.
    {func_info,{atom,call_arity},{atom,other},1}.
  {label,4}.
    return.
