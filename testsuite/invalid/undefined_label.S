%% a jump to a label that is not defined.
%% expect: label 3 is not defined
{module, undefined_label}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"undefined_label.erl",1}]}.
    {func_info,{atom,undefined_label},{atom,main},1}.
  {label,2}.
    {jump,{f,3}}.
