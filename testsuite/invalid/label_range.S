%% a jump to a label outside {labels,N}.
%% expect: label 9 is out of range
{module, label_range}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"label_range.erl",1}]}.
    {func_info,{atom,label_range},{atom,main},1}.
  {label,2}.
    {test,is_atom,{f,9},[{x,0}]}.
    return.
