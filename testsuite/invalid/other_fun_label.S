%% a jump to a label of another function.
%% expect: label 4 belongs to another function
{module, other_fun_label}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 6}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"other_fun_label.erl",1}]}.
    {func_info,{atom,other_fun_label},{atom,main},1}.
  {label,2}.
    {jump,{f,4}}.


{function, other, 1, 4}.
  {label,3}.
    {line,[{location,"other_fun_label.erl",2}]}.
    {func_info,{atom,other_fun_label},{atom,other},1}.
  {label,4}.
    return.
