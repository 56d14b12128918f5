%% a local call to a label inside another function, not its entry.
%% expect: the call target, label 3, is not a function's entry
{module, call_not_entry}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 6}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"call_not_entry.erl",1}]}.
    {func_info,{atom,call_not_entry},{atom,main},1}.
  {label,2}.
    {call_only,1,{f,3}}.


{function, other, 1, 4}.
  {label,3}.
    {line,[{location,"call_not_entry.erl",2}]}.
    {func_info,{atom,call_not_entry},{atom,other},1}.
  {label,4}.
    return.
