%% select_val with a value listed twice.
%% erlc accepts this: erl's loader keeps one; the C switch beamc writes cannot have a case twice
%% expect: the value in choice 2 is listed twice
{module, select_dup}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"select_dup.erl",1}]}.
    {func_info,{atom,select_dup},{atom,main},1}.
  {label,2}.
    {select_val,{x,0},{f,1},{list,[{atom,a},{f,3},{atom,a},{f,3}]}}.
  {label,3}.
    return.
